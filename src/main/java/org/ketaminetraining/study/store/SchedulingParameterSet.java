package org.ketaminetraining.study.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;

/**
 * One programme's FSRS-6 weights fitted to the organisation's reviews, with how they were judged. At most one set per
 * programme is {@link State#ACTIVE}; a programme without one is scheduled with {@link FsrsParameters#DEFAULT}. Rows are
 * never deleted: every review names the version that scheduled it.
 */
@Entity
@Table(name = "scheduling_parameters")
@TableGenerator(name = SchedulingParameterSet.ID_GENERATOR, table = "id_sequence", pkColumnName = "seq_name",
        valueColumnName = "seq_count", pkColumnValue = "insight", allocationSize = 10)
public class SchedulingParameterSet {

    public static final String ID_GENERATOR = "insightIds";

    /** Where a set stands. */
    public enum State {
        /** Fitted, but it did not predict held-out reviews better than the set in use: kept for the record only. */
        PROPOSED,
        /** Schedules the programme's learners now. */
        ACTIVE,
        /** Was active; replaced by a newer set or rolled back. */
        RETIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = ID_GENERATOR)
    private Long id;

    @Column(name = "programme_key", nullable = false, length = 100, updatable = false)
    private String programmeKey;

    @Column(nullable = false, length = 64, updatable = false)
    private String version;

    @Column(nullable = false, length = 1000, updatable = false)
    private String weights;

    @Column(nullable = false, length = 12)
    private String state;

    @Column(nullable = false, updatable = false)
    private int reviews;

    @Column(name = "training_reviews", nullable = false, updatable = false)
    private int trainingReviews;

    @Column(name = "held_out_reviews", nullable = false, updatable = false)
    private int heldOutReviews;

    @Column(name = "log_loss_before", updatable = false)
    private Double logLossBefore;

    @Column(name = "log_loss_after", updatable = false)
    private Double logLossAfter;

    @Column(name = "rmse_bins_before", updatable = false)
    private Double rmseBinsBefore;

    @Column(name = "rmse_bins_after", updatable = false)
    private Double rmseBinsAfter;

    @Column(name = "replaced_version", nullable = false, length = 64, updatable = false)
    private String replacedVersion;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected SchedulingParameterSet() {
    }

    /** How a fit was judged on the held-out reviews; NaN where a figure could not be computed. */
    public record Judgement(int reviews, int trainingReviews, int heldOutReviews, double logLossBefore,
            double logLossAfter, double rmseBinsBefore, double rmseBinsAfter, String reason) {
        public Judgement {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public SchedulingParameterSet(String programmeKey, FsrsParameters parameters, String replacedVersion,
            Judgement judgement, Instant createdAt, String createdBy) {
        this.programmeKey = Objects.requireNonNull(programmeKey, "programmeKey");
        this.version = parameters.version();
        // Double.toString is exact and locale-free: the weights read back are the ones judged.
        this.weights = Arrays.stream(parameters.weights()).mapToObj(Double::toString)
                .collect(Collectors.joining(","));
        this.state = State.PROPOSED.name();
        this.reviews = judgement.reviews();
        this.trainingReviews = judgement.trainingReviews();
        this.heldOutReviews = judgement.heldOutReviews();
        this.logLossBefore = finiteOrNull(judgement.logLossBefore());
        this.logLossAfter = finiteOrNull(judgement.logLossAfter());
        this.rmseBinsBefore = finiteOrNull(judgement.rmseBinsBefore());
        this.rmseBinsAfter = finiteOrNull(judgement.rmseBinsAfter());
        this.replacedVersion = Objects.requireNonNull(replacedVersion, "replacedVersion");
        this.reason = judgement.reason().length() > 1000 ? judgement.reason().substring(0, 1000) : judgement.reason();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** The weights as the scheduler takes them (checked against the bounds again, as every set is). */
    public FsrsParameters parameters() {
        double[] values = Arrays.stream(weights.split(",")).mapToDouble(Double::parseDouble).toArray();
        return FsrsParameters.of(version, values);
    }

    public void activate(Instant at) {
        this.state = State.ACTIVE.name();
        this.activatedAt = at;
        this.retiredAt = null;
    }

    public void retire(Instant at) {
        this.state = State.RETIRED.name();
        this.retiredAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public String getVersion() {
        return version;
    }

    public State getState() {
        return State.valueOf(state);
    }

    public int getReviews() {
        return reviews;
    }

    public int getTrainingReviews() {
        return trainingReviews;
    }

    public int getHeldOutReviews() {
        return heldOutReviews;
    }

    public Double getLogLossBefore() {
        return logLossBefore;
    }

    public Double getLogLossAfter() {
        return logLossAfter;
    }

    public Double getRmseBinsBefore() {
        return rmseBinsBefore;
    }

    public Double getRmseBinsAfter() {
        return rmseBinsAfter;
    }

    public String getReplacedVersion() {
        return replacedVersion;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
