package org.ketaminetraining.people.service;

/**
 * A caller asked for something outside their role or departments. Pages and resources answer it with the
 * access-denied page (403); the message is for the log, never shown.
 */
public class AccessDeniedException extends SecurityException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
