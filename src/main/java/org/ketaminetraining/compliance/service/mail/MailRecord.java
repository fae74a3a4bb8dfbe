package org.ketaminetraining.compliance.service.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ketaminetraining.compliance.reminder.ComposedMail;
import org.ketaminetraining.compliance.reminder.ReminderKind;

/**
 * One decided mail: its ledger key (person, programme, kind, occasion, days before), what it says, and how its
 * delivery stands. Written before anything is sent; never deleted.
 */
@Entity
@Table(name = "mail_ledger")
@TableGenerator(name = "mailIds", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = "mail", allocationSize = 50)
public class MailRecord {

    /** The programme key of a digest, which spans programmes. */
    public static final String NO_PROGRAMME = "-";
    static final int MAX_BODY = 32_000;
    static final int MAX_SUBJECT = 400;
    static final int MAX_ERROR = 1000;

    /** How delivery stands. */
    public enum Status {
        /** No SMTP server is configured: kept for the outbox page, never sent. */
        OUTBOX,
        /** To be sent at the next delivery. */
        PENDING,
        /** Claimed by one delivery; not retried automatically, since it may have reached the server. */
        SENDING,
        SENT,
        /** The last attempt failed; retried at the next run. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "mailIds")
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "programme_key", nullable = false, length = 100)
    private String programmeKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReminderKind kind;
    @Column(name = "occasion_date", nullable = false)
    private LocalDate occasion;
    @Column(name = "days_before", nullable = false)
    private int daysBefore;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;
    @Column(nullable = false, length = 254)
    private String recipient;
    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;
    @Column(name = "body_text", nullable = false, length = MAX_BODY)
    private String text;
    @Column(name = "body_html", nullable = false, length = MAX_BODY)
    private String html;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    protected MailRecord() {
    }

    MailRecord(long accountId, String programmeKey, ReminderKind kind, LocalDate occasion, int daysBefore,
            Instant decidedAt, String recipient, ComposedMail mail, boolean send) {
        if (mail.text().length() > MAX_BODY || mail.html().length() > MAX_BODY) {
            throw new IllegalArgumentException("a mail longer than " + MAX_BODY + " characters cannot be recorded");
        }
        this.accountId = accountId;
        this.programmeKey = programmeKey;
        this.kind = kind;
        this.occasion = occasion;
        this.daysBefore = daysBefore;
        this.decidedAt = decidedAt;
        this.recipient = recipient;
        this.subject = mail.subject().length() > MAX_SUBJECT ? mail.subject().substring(0, MAX_SUBJECT)
                : mail.subject();
        this.text = mail.text();
        this.html = mail.html();
        this.status = send ? Status.PENDING : Status.OUTBOX;
    }

    void sent(Instant at) {
        status = Status.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
    }

    void failed(String error) {
        status = Status.FAILED;
        attempts++;
        lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public LocalDate getOccasion() {
        return occasion;
    }

    public int getDaysBefore() {
        return daysBefore;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public ComposedMail mail() {
        return new ComposedMail(subject, text, html);
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }
}
