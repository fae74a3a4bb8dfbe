package org.ketaminetraining.people.service;

/** Password sign-in with throttling, and password changes. */
public interface SignInService {

    /** The longest client key {@link #signIn} takes (an IPv6 /64 prefix written out is well under it). */
    int MAX_CLIENT_KEY_LENGTH = 64;

    /**
     * Checks a username and password, and enforces the sign-in limits: per client address (failures from one
     * address, whatever accounts they name), per account and address (progressive delays), and per account (a
     * ceiling on failures from all addresses). Unknown users, wrong passwords, disabled and locked accounts and
     * held-off attempts all give the same {@link SignInResult.Refused} and take the same time, so that the page
     * cannot reveal which accounts exist; a throttled address gets {@link SignInResult.Throttled} at once.
     *
     * @param clientKey the client's address as the web layer groups it (ClientKey), at most
     *     {@value #MAX_CLIENT_KEY_LENGTH} characters; null or blank when unknown
     */
    SignInResult signIn(String username, char[] password, String clientKey);

    /**
     * Changes a person's own password after checking the current one.
     *
     * @throws org.ketaminetraining.people.ValidationException naming {@code currentPassword} or
     *     {@code newPassword}
     */
    SignedInUser changePassword(long accountId, char[] currentPassword, char[] newPassword);
}
