package org.ketaminetraining.compliance.service.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Whether a person gets optional mails, and the random token of their unsubscribe link. The token can do one thing:
 * turn optional mails off; it is random (not derived from the account), so it reveals nothing and cannot be guessed.
 */
@Entity
@Table(name = "mail_preference")
public class MailPreference {

    @Id
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "optional_mails", nullable = false)
    private boolean optionalMails;
    @Column(name = "unsubscribe_token", nullable = false, length = 64)
    private String unsubscribeToken;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected MailPreference() {
    }

    MailPreference(long accountId, String unsubscribeToken, Instant at) {
        this.accountId = accountId;
        this.optionalMails = true;
        this.unsubscribeToken = unsubscribeToken;
        this.changedAt = at;
    }

    void setOptionalMails(boolean wanted, Instant at) {
        this.optionalMails = wanted;
        this.changedAt = at;
    }

    public long getAccountId() {
        return accountId;
    }

    public boolean wantsOptionalMails() {
        return optionalMails;
    }

    public String getUnsubscribeToken() {
        return unsubscribeToken;
    }
}
