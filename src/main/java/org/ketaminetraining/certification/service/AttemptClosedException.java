package org.ketaminetraining.certification.service;

/**
 * A change to an attempt that has closed meanwhile (its time ran out and it was just submitted): the one refusal
 * after which the transaction still commits, because the submission it made must stand.
 */
public class AttemptClosedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public AttemptClosedException(String message) {
        super(message);
    }
}
