package org.ketaminetraining.web;

import java.util.Arrays;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccessDeniedException;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * The role check the services' contracts promise ({@code AccessDeniedException} when the caller lacks the role),
 * for the in-memory fakes, so that page tests see a refusal where the real service would refuse. The real check
 * also reads the account as stored; the integration tests cover that.
 */
public final class FakeAccess {

    private FakeAccess() {
    }

    public static SignedInUser require(SignedInUser caller, Role... anyOf) {
        if (caller == null || Arrays.stream(anyOf).noneMatch(caller::has)) {
            throw new AccessDeniedException((caller == null ? "nobody" : caller.username()) + " is not "
                    + Arrays.toString(anyOf));
        }
        return caller;
    }
}
