package org.ketaminetraining.insight.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.ketaminetraining.study.store.SchedulingParameterSet;

/**
 * One run of "Fit scheduling parameters" for a programme. Its progress is a row, not a field of a bean, so that every
 * page and every server sees the same figure, and a server that stops mid-run leaves a job the next start can see.
 */
@Entity
@Table(name = "fitting_job")
public class FittingJob {

    /** Where a job stands. */
    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = SchedulingParameterSet.ID_GENERATOR)
    private Long id;

    @Column(name = "programme_key", nullable = false, length = 100, updatable = false)
    private String programmeKey;

    @Column(name = "requested_by", nullable = false, length = 64, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(nullable = false, length = 12)
    private String state;

    @Column(nullable = false)
    private double progress;

    @Column(nullable = false, length = 200)
    private String stage;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "result_version", length = 64)
    private String resultVersion;

    @Column(length = 1000)
    private String message;

    /** The programme while running, null after: unique, so that one run per programme is in progress at most. */
    @Column(name = "running_programme", length = 100)
    private String runningProgramme;

    protected FittingJob() {
    }

    public FittingJob(String programmeKey, String requestedBy, Instant requestedAt) {
        this.programmeKey = Objects.requireNonNull(programmeKey, "programmeKey");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.state = State.RUNNING.name();
        this.progress = 0;
        this.stage = "Waiting to start";
        this.runningProgramme = programmeKey;
    }

    /** Records how far the job has come; progress never goes back. */
    public void advance(double progress, String stage) {
        this.progress = Math.max(this.progress, Math.min(1, Math.max(0, progress)));
        this.stage = cut(stage, 200);
    }

    public void finish(State outcome, Instant at, String resultVersion, String message) {
        this.state = outcome.name();
        this.finishedAt = at;
        this.resultVersion = resultVersion;
        this.message = cut(message, 1000);
        this.runningProgramme = null;
        if (outcome == State.DONE) {
            this.progress = 1;
        }
    }

    private static String cut(String text, int max) {
        String value = Objects.requireNonNull(text, "text");
        return value.length() > max ? value.substring(0, max) : value;
    }

    public Long getId() {
        return id;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public State getState() {
        return State.valueOf(state);
    }

    public double getProgress() {
        return progress;
    }

    public String getStage() {
        return stage;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getResultVersion() {
        return resultVersion;
    }

    public String getMessage() {
        return message;
    }
}
