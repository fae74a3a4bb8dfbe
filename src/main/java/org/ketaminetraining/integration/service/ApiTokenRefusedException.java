package org.ketaminetraining.integration.service;

/**
 * A token that does not (or no longer) authenticate anyone: unknown, malformed, revoked, past its last day, or its
 * administrator is no longer one. The API answers 401 with the same words for all of them, so a caller learns
 * nothing about which tokens exist.
 */
public class ApiTokenRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApiTokenRefusedException(String why) {
        super(why, null, false, false);
    }
}
