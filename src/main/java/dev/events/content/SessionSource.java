package dev.events.content;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** Opens a new session on one workspace; the caller logs it out. */
@FunctionalInterface
public interface SessionSource {

    Session open() throws RepositoryException;
}
