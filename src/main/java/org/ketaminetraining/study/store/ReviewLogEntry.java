package org.ketaminetraining.study.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;

/**
 * One answer, append-only: never updated, never deleted. It names the revision that was shown; {@code studyDay} is
 * the learner's study day in their time zone of that moment (a record; rules recompute days from
 * {@code answeredAt} in the learner's current zone), {@code dueAfter} what the schedule said then, kept so that the
 * feedback of an old answer can be shown again as it was, and the programme and desired retention the answer was
 * scheduled for, so that a replay reproduces the schedule even after the curriculum changed.
 */
@Entity
@Table(name = "review_log")
@TableGenerator(name = ReviewLogEntry.ID_GENERATOR, table = "id_sequence", pkColumnName = "seq_name",
        valueColumnName = "seq_count", pkColumnValue = "study", allocationSize = 100)
public class ReviewLogEntry {

    /**
     * The ids of all study tables: the id_sequence row 'study', 100 at a time. Not identity columns: under many
     * concurrent learners Derby's identity generators give up on their own catalog lock (error 40XL1), and a click
     * lost to that is an error page for a learner.
     */
    public static final String ID_GENERATOR = "studyIds";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = ReviewLogEntry.ID_GENERATOR)
    private Long id;

    @Column(name = "presentation_id", nullable = false, unique = true, updatable = false)
    private long presentationId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private long questionId;

    @Column(name = "revision_id", nullable = false, updatable = false)
    private long revisionId;

    @Column(name = "presented_at", nullable = false, updatable = false)
    private Instant presentedAt;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    @Column(name = "study_day", nullable = false, updatable = false)
    private LocalDate studyDay;

    @Column(name = "response_ms", nullable = false, updatable = false)
    private long responseMillis;

    @Column(nullable = false, length = 4000, updatable = false)
    private String response;

    @Column(nullable = false, length = 12, updatable = false)
    private String confidence;

    @Column(nullable = false, updatable = false)
    private boolean correct;

    @Column(nullable = false, length = 8, updatable = false)
    private String rating;

    @Column(name = "confidently_wrong", nullable = false, updatable = false)
    private boolean confidentlyWrong;

    @Column(name = "first_review", nullable = false, updatable = false)
    private boolean firstReview;

    @Column(name = "due_after", nullable = false, updatable = false)
    private Instant dueAfter;

    @Column(name = "programme_key", nullable = false, length = 100, updatable = false)
    private String programmeKey;

    @Column(name = "desired_retention", nullable = false, updatable = false)
    private double desiredRetention;

    @Column(name = "parameter_version", nullable = false, length = 64, updatable = false)
    private String parameterVersion;

    protected ReviewLogEntry() {
    }

    /** The facts of one answer; see the columns of review_log. */
    public record Facts(long presentationId, long accountId, long questionId, long revisionId, Instant presentedAt,
            Instant answeredAt, LocalDate studyDay, long responseMillis, String response, String confidence,
            boolean correct, String rating, boolean confidentlyWrong, boolean firstReview, Instant dueAfter,
            String programmeKey, double desiredRetention, String parameterVersion) {

        /** An answer scheduled with the default weights (generated histories, tests). */
        public Facts(long presentationId, long accountId, long questionId, long revisionId, Instant presentedAt,
                Instant answeredAt, LocalDate studyDay, long responseMillis, String response, String confidence,
                boolean correct, String rating, boolean confidentlyWrong, boolean firstReview, Instant dueAfter,
                String programmeKey, double desiredRetention) {
            this(presentationId, accountId, questionId, revisionId, presentedAt, answeredAt, studyDay, responseMillis,
                    response, confidence, correct, rating, confidentlyWrong, firstReview, dueAfter, programmeKey,
                    desiredRetention, FsrsParameters.DEFAULT.version());
        }
    }

    public ReviewLogEntry(Facts facts) {
        this.presentationId = facts.presentationId();
        this.accountId = facts.accountId();
        this.questionId = facts.questionId();
        this.revisionId = facts.revisionId();
        this.presentedAt = facts.presentedAt();
        this.answeredAt = facts.answeredAt();
        this.studyDay = facts.studyDay();
        this.responseMillis = facts.responseMillis();
        this.response = facts.response();
        this.confidence = facts.confidence();
        this.correct = facts.correct();
        this.rating = facts.rating();
        this.confidentlyWrong = facts.confidentlyWrong();
        this.firstReview = facts.firstReview();
        this.dueAfter = facts.dueAfter();
        this.programmeKey = facts.programmeKey();
        this.desiredRetention = facts.desiredRetention();
        this.parameterVersion = facts.parameterVersion();
    }

    /** The version of the FSRS-6 weights that scheduled this answer. */
    public String getParameterVersion() {
        return parameterVersion;
    }

    public Long getId() {
        return id;
    }

    public long getPresentationId() {
        return presentationId;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public long getRevisionId() {
        return revisionId;
    }

    public Instant getPresentedAt() {
        return presentedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public LocalDate getStudyDay() {
        return studyDay;
    }

    public long getResponseMillis() {
        return responseMillis;
    }

    public String getResponse() {
        return response;
    }

    public String getConfidence() {
        return confidence;
    }

    public boolean isCorrect() {
        return correct;
    }

    public String getRating() {
        return rating;
    }

    public boolean isConfidentlyWrong() {
        return confidentlyWrong;
    }

    public boolean isFirstReview() {
        return firstReview;
    }

    public Instant getDueAfter() {
        return dueAfter;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public double getDesiredRetention() {
        return desiredRetention;
    }
}
