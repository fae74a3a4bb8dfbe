package org.ketaminetraining.insight.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.insight.calibration.DatedReview;
import org.ketaminetraining.insight.calibration.HeldOutResult;
import org.ketaminetraining.insight.store.FittingJob;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.scheduling.fsrs.FittingResult;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.study.store.SchedulingParameterSet;

/**
 * The steps of a fitting job, each its own short transaction, so that a long fit never holds a lock that study needs
 * and its progress is visible while it runs. Called only by {@link ParameterFitting}, which checks the caller.
 */
@ApplicationScoped
public class FittingSteps {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Opens a run, refusing while another run of the programme is in progress: the count gives the message, and the
     * unique {@code running_programme} decides when two administrators (or servers) start one at the same moment.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public FittingJobView open(String programmeKey, String actor, String programmeTitle) {
        long running = em.createQuery("SELECT COUNT(j) FROM FittingJob j WHERE j.programmeKey = :programme "
                + "AND j.state = :state", Long.class).setParameter("programme", programmeKey)
                .setParameter("state", FittingJob.State.RUNNING.name()).getSingleResult();
        if (running > 0) {
            throw ValidationException.of("programme", "A run for \"" + programmeTitle
                    + "\" is already in progress; wait for it to finish.");
        }
        FittingJob job = new FittingJob(programmeKey, actor, now());
        em.persist(job);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException concurrent) {
            throw ValidationException.of("programme", "A run for \"" + programmeTitle
                    + "\" has just been started; wait for it to finish.");
        }
        return FittingJobView.of(job);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void advance(long jobId, double progress, String stage) {
        FittingJob job = em.find(FittingJob.class, jobId);
        if (job != null && job.getState() == FittingJob.State.RUNNING) {
            job.advance(progress, stage);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long jobId, FittingJob.State outcome, String resultVersion, String message) {
        FittingJob job = em.find(FittingJob.class, jobId);
        if (job != null) {
            job.finish(outcome, now(), resultVersion, message);
        }
    }

    /** Every learner's history of the programme (a read; no lock). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<List<DatedReview>> histories(String programmeKey) {
        return ProgrammeHistories.of(em, programmeKey);
    }

    /** The weights the programme is scheduled with now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public FsrsParameters active(String programmeKey) {
        return activeSet(programmeKey).map(SchedulingParameterSet::parameters).orElse(FsrsParameters.DEFAULT);
    }

    Optional<SchedulingParameterSet> activeSet(String programmeKey) {
        return em.createQuery("SELECT p FROM SchedulingParameterSet p WHERE p.programmeKey = :programme "
                + "AND p.state = :state", SchedulingParameterSet.class).setParameter("programme", programmeKey)
                .setParameter("state", SchedulingParameterSet.State.ACTIVE.name())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
    }

    /**
     * Stores the fit's weights with their judgement and, when they predicted the held-out reviews better, makes them
     * the programme's active set (retiring the one they replace). The active set is re-read under a lock: if another
     * administrator applied or rolled back meanwhile, the judgement was against weights no longer in use, and the
     * new set is kept as proposed only.
     *
     * @return whether the set became active
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean store(long jobId, String programmeKey, HeldOutResult result, int reviews,
            FsrsParameters judgedAgainst,
            String actor) {
        FittingResult fit = result.fullFit();
        Optional<SchedulingParameterSet> active = activeSet(programmeKey);
        String replaced = active.map(SchedulingParameterSet::getVersion).orElse(FsrsParameters.DEFAULT.version());
        boolean stillCurrent = replaced.equals(judgedAgainst.version());
        String reason = stillCurrent ? result.reason()
                : result.reason() + " Not applied: the weights in use changed while it ran (" + replaced + ").";
        SchedulingParameterSet set = new SchedulingParameterSet(programmeKey, fit.parameters(), replaced,
                new SchedulingParameterSet.Judgement(reviews, result.trainingReviews(), result.heldOutReviews(),
                        result.currentHeldOut().logLoss().orElse(Double.NaN),
                        result.fittedHeldOut().logLoss().orElse(Double.NaN),
                        result.currentHeldOut().rmseBins().orElse(Double.NaN),
                        result.fittedHeldOut().rmseBins().orElse(Double.NaN), reason),
                now(), actor);
        em.persist(set);
        boolean apply = result.apply() && stillCurrent;
        audit.record(actor, "scheduling-parameters-fitted", programmeKey, fit.parameters().version() + ": " + reason);
        if (apply) {
            active.ifPresent(previous -> previous.retire(now()));
            set.activate(now());
            audit.record(actor, "scheduling-parameters-applied", programmeKey,
                    fit.parameters().version() + " replaces " + replaced);
        }
        return apply;
    }

    /**
     * Retires the active set and makes the one it replaced active again (or the defaults, when it replaced them or
     * that set is gone).
     *
     * @return the version in use afterwards, or empty when no fitted set was active
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> rollBack(String programmeKey, String actor) {
        Optional<SchedulingParameterSet> active = activeSet(programmeKey);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        SchedulingParameterSet current = active.get();
        current.retire(now());
        Optional<SchedulingParameterSet> previous = em.createQuery("SELECT p FROM SchedulingParameterSet p "
                + "WHERE p.version = :version AND p.programmeKey = :programme", SchedulingParameterSet.class)
                .setParameter("version", current.getReplacedVersion()).setParameter("programme", programmeKey)
                .getResultList().stream().findFirst();
        previous.ifPresent(set -> set.activate(now()));
        String now = previous.map(SchedulingParameterSet::getVersion).orElse(FsrsParameters.DEFAULT.version());
        audit.record(actor, "scheduling-parameters-rolled-back", programmeKey, current.getVersion() + " -> " + now);
        return Optional.of(now);
    }

    /** The learners whose memory states follow the programme's weights (their chosen programme). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> learnersOf(String programmeKey) {
        return em.createQuery("SELECT p.accountId FROM LearnerProfile p WHERE p.programmeKey = :programme "
                + "ORDER BY p.accountId", Long.class).setParameter("programme", programmeKey).getResultList();
    }

    /** Marks runs left RUNNING by a server that stopped as failed, so that a new run can start. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int abandonInterrupted() {
        List<FittingJob> running = em.createQuery("SELECT j FROM FittingJob j WHERE j.state = :state",
                FittingJob.class).setParameter("state", FittingJob.State.RUNNING.name()).getResultList();
        running.forEach(job -> job.finish(FittingJob.State.FAILED, now(), null,
                "The server stopped while this run was in progress. If its weights had been applied, the memory "
                        + "states of learners not yet rebuilt follow the old weights until their settings change; "
                        + "run the fit (or the roll-back) again to rebuild everyone."));
        return running.size();
    }
}
