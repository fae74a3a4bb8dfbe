package org.ketaminetraining.people.service;

/**
 * The first administrator of an empty installation. There is no default password: at start-up, while no
 * administrator exists, a one-time token is printed in the server log, and whoever can read the log creates the
 * first administrator with it on the setup page.
 */
public interface FirstRunService {

    /** True while no administrator exists. */
    boolean isSetupNeeded();

    /**
     * Creates the first administrator.
     *
     * @throws org.ketaminetraining.people.ValidationException naming {@code token} when the token is wrong or
     *     setup is already done, or the field at fault
     */
    SignedInUser createFirstAdministrator(String token, String username, String displayName, String email,
            char[] password);
}
