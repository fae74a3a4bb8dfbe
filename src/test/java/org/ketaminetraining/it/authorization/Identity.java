package org.ketaminetraining.it.authorization;

import java.util.Optional;
import org.ketaminetraining.people.Role;

/**
 * Who asks. The demo accounts of the test server hold one role each; the demo manager manages the demo ward, where
 * the fixture's "own" trainee is, and a manager the fixture creates manages a department of its own, where the
 * "other" trainee is.
 */
enum Identity {
    SIGNED_OUT(null),
    TRAINEE(Role.TRAINEE),
    EDUCATOR(Role.EDUCATOR),
    /** The demo manager, manager of the demo ward (the own department). */
    OWN_MANAGER(Role.MANAGER),
    /** A manager of another department only. */
    OTHER_MANAGER(Role.MANAGER),
    ADMIN(Role.ADMIN);

    private final Role role;

    Identity(Role role) {
        this.role = role;
    }

    /** The one role the identity holds; empty when signed out. */
    Optional<Role> role() {
        return Optional.ofNullable(role);
    }
}
