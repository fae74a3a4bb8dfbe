package org.ketaminetraining.compliance.service.mail;

import org.ketaminetraining.people.service.SignedInUser;

/**
 * Whether a person gets the optional mails (refresher nudges, a manager's weekly digest). Required notices (due,
 * overdue, expiring) cannot be turned off. The unsubscribe link's token is the only credential the public
 * unsubscribe page needs: it can turn optional mails off and nothing else, and says nothing about whose it is.
 */
public interface MailPreferences {

    /** The longest token accepted; anything longer is refused before it is looked up. */
    int MAX_TOKEN_LENGTH = 64;

    /** Whether the token belongs to someone (so the page can say the link is not valid before asking to confirm). */
    boolean knownToken(String token);

    /**
     * Turns optional mails off for the token's owner.
     *
     * @return false when the token is unknown (nothing changed)
     */
    boolean unsubscribe(String token);

    /** Whether the signed-in person gets optional mails. */
    boolean optionalMails(SignedInUser caller);

    /** Turns the signed-in person's optional mails on or off. */
    void setOptionalMails(SignedInUser caller, boolean wanted);
}
