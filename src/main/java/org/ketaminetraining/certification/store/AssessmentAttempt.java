package org.ketaminetraining.certification.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One sitting of a programme's final or renewal assessment. The blueprint's pass rules are copied in when it
 * starts, so a curriculum changed meanwhile cannot move the goalposts of an attempt under way. Open until
 * submitted; once submitted its score and verdict never change.
 */
@Entity
@Table(name = "assessment_attempt")
@TableGenerator(name = AssessmentAttempt.ID_GENERATOR, table = "id_sequence", pkColumnName = "seq_name",
        valueColumnName = "seq_count", pkColumnValue = "certification", allocationSize = 50)
public class AssessmentAttempt {

    /** The table generator every certification entity draws its ids from. */
    public static final String ID_GENERATOR = "certificationIds";

    /** Which assessment an attempt is. */
    public enum Kind {
        /** The assessment that leads to a first certificate. */
        FINAL,
        /** The shorter assessment a holder takes in the renewal window. */
        RENEWAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = ID_GENERATOR)
    private Long id;

    @Column(nullable = false, unique = true, length = 43, updatable = false)
    private String token;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "programme_key", nullable = false, length = 100, updatable = false)
    private String programmeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(name = "curriculum_version", nullable = false, length = 64, updatable = false)
    private String curriculumVersion;

    @Column(name = "pass_mark", nullable = false, updatable = false)
    private double passMark;

    @Column(name = "all_safety_critical", nullable = false, updatable = false)
    private boolean allSafetyCritical;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    /** Minutes allowed including any extension; null when untimed. */
    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "correct_count")
    private Integer correctCount;

    @Column(name = "item_count", nullable = false, updatable = false)
    private int itemCount;

    @Column
    private Boolean passed;

    protected AssessmentAttempt() {
    }

    public AssessmentAttempt(String token, long accountId, String programmeKey, Kind kind, String curriculumVersion,
            double passMark, boolean allSafetyCritical, Instant startedAt, Optional<Integer> timeLimitMinutes,
            int itemCount) {
        this.token = token;
        this.accountId = accountId;
        this.programmeKey = programmeKey;
        this.kind = kind;
        this.curriculumVersion = curriculumVersion;
        this.passMark = passMark;
        this.allSafetyCritical = allSafetyCritical;
        this.startedAt = startedAt;
        this.timeLimitMinutes = timeLimitMinutes.orElse(null);
        this.itemCount = itemCount;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** When the time runs out, if the attempt is timed. */
    public Optional<Instant> deadline() {
        return timeLimit().map(startedAt::plus);
    }

    /**
     * Whether the time ran out on an attempt not yet submitted: it counts as over, and the next write of the
     * learner's (or the sweep) submits it as of its deadline.
     */
    public boolean timedOut(Instant now) {
        return !isSubmitted() && deadline().map(now::isAfter).orElse(false);
    }

    /** Whether the attempt was submitted because its time ran out (it is then submitted as of its deadline). */
    public boolean endedByTimeLimit() {
        return isSubmitted() && deadline().map(submittedAt::equals).orElse(false);
    }

    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimitMinutes).map(Duration::ofMinutes);
    }

    /** Adds minutes to an open timed attempt (a manager's extension granted while it runs). */
    public void extendBy(int minutes) {
        if (timeLimitMinutes != null && !isSubmitted()) {
            timeLimitMinutes = timeLimitMinutes + minutes;
        }
    }

    public void recordResult(Instant at, int correct, boolean passedIt) {
        if (isSubmitted()) {
            throw new IllegalStateException("attempt " + token + " is already submitted");
        }
        this.submittedAt = at;
        this.correctCount = correct;
        this.passed = passedIt;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public Kind getKind() {
        return kind;
    }

    public String getCurriculumVersion() {
        return curriculumVersion;
    }

    public double getPassMark() {
        return passMark;
    }

    public boolean isAllSafetyCritical() {
        return allSafetyCritical;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Integer> getCorrectCount() {
        return Optional.ofNullable(correctCount);
    }

    public int getItemCount() {
        return itemCount;
    }

    public Optional<Boolean> getPassed() {
        return Optional.ofNullable(passed);
    }
}
