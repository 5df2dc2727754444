package dev.events.publish;

import java.util.List;

/** Told after content changed on the public repository. */
@FunctionalInterface
public interface PublicationListener {

    /** @param ids the identifiers published or unpublished in {@code workspace} */
    void published(String workspace, List<String> ids);
}
