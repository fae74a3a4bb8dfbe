package org.ketaminetraining.people.service;

import java.util.Optional;

/** Password sign-in with lockout, and password changes. */
public interface SignInService {

    /**
     * Checks a username and password. Unknown users, wrong passwords, disabled and locked accounts all give the
     * same empty answer so that the page cannot reveal which accounts exist.
     */
    Optional<SignedInUser> signIn(String username, char[] password);

    /**
     * Changes a person's own password after checking the current one.
     *
     * @throws org.ketaminetraining.people.ValidationException naming {@code currentPassword} or
     *     {@code newPassword}
     */
    SignedInUser changePassword(long accountId, char[] currentPassword, char[] newPassword);
}
