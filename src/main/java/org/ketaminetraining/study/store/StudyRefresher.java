package org.ketaminetraining.study.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An item brought forward in one learner's study queue: it is due from {@code since} until the learner reviews it
 * after that instant, whatever its schedule says. Certification adds these for items missed in an assessment and
 * for safety-critical items whose predicted recall has faded below the programme's threshold. The schedule itself
 * (memory states, a replay of the log) is untouched; only the queue reads these rows.
 */
@Entity
@Table(name = "study_refresher")
public class StudyRefresher {

    /** Why an item was brought forward. */
    public enum Reason {
        /** Answered wrongly (or not at all) in a final or renewal assessment. */
        ASSESSMENT_MISS,
        /** A certificate holder's safety-critical item whose predicted recall fell below the threshold. */
        KNOWLEDGE_REFRESHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = ReviewLogEntry.ID_GENERATOR)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private long questionId;

    @Column(nullable = false, length = 20)
    private String reason;

    @Column(nullable = false)
    private Instant since;

    protected StudyRefresher() {
    }

    public StudyRefresher(long accountId, long questionId, Reason reason, Instant since) {
        this.accountId = accountId;
        this.questionId = questionId;
        bringForward(reason, since);
    }

    /** Brings the item forward again (a later miss, or a new fade), from {@code at}. */
    public final void bringForward(Reason why, Instant at) {
        this.reason = why.name();
        this.since = at;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public Reason getReason() {
        return Reason.valueOf(reason);
    }

    public Instant getSince() {
        return since;
    }
}
