package dev.events.security;

import java.util.Set;

/**
 * A user of the author instance.
 *
 * @param name  the login name
 * @param roles the roles, at least one
 */
public record User(String name, Set<Role> roles) {

    /** @return true when the user has the role, or is an admin */
    public boolean may(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }
}
