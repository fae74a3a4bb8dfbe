package org.ketaminetraining.insight.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ketaminetraining.insight.calibration.DatedReview;
import org.ketaminetraining.insight.calibration.HeldOutFitting;
import org.ketaminetraining.insight.calibration.HeldOutResult;
import org.ketaminetraining.insight.store.FittingJob;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.ParameterOptimiser;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.service.JpaStudyService;
import org.ketaminetraining.study.store.SchedulingParameterSet;

/** {@link ParameterFitting} on JPA: reads columns, hands them to the pure insight packages, checks the caller first. */
@ApplicationScoped
public class JpaParameterFitting implements ParameterFitting {

    private static final Logger LOG = Logger.getLogger(JpaParameterFitting.class.getName());
    /**
     * Learners rebuilt per transaction: each holds its learners' locks until it commits, and its rows' locks too: ten
     * learners of a 216-item programme update at most 2,160 memory states, well below the 5,000 row locks at which
     * Derby takes a lock on the whole table (derby.locks.escalationThreshold) and every learner would wait.
     */
    static final int REBUILD_BATCH = 10;
    private static final double FIT_SHARE = 0.75;

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AccessControl access;
    @Inject
    private FittingSteps steps;
    @Inject
    private BankCatalog catalog;
    @Inject
    private JpaStudyService study;
    @Resource
    private ManagedExecutorService executor;

    /** The programme's weights, latest run and fitted sets. */
    @Override
    @Transactional
    public FittingOverview overview(SignedInUser caller, String programmeId) {
        access.require(caller, Role.ADMIN, Role.EDUCATOR);
        String title = programmeTitle(programmeId);
        List<ParameterSetView> sets = em.createQuery("SELECT p FROM SchedulingParameterSet p "
                + "WHERE p.programmeKey = :programme ORDER BY p.createdAt DESC, p.id DESC",
                SchedulingParameterSet.class)
                .setParameter("programme", programmeId).setMaxResults(50).getResultList().stream()
                .map(ParameterSetView::of).toList();
        // The set in use by its own query: the list shows the newest 50, and the active one may be older.
        String active = em.createQuery("SELECT p.version FROM SchedulingParameterSet p WHERE p.programmeKey = "
                + ":programme AND p.state = :state", String.class).setParameter("programme", programmeId)
                .setParameter("state", SchedulingParameterSet.State.ACTIVE.name()).getResultList().stream()
                .findFirst().orElse(FsrsParameters.DEFAULT.version());
        return new FittingOverview(programmeId, title, active, !active.equals(FsrsParameters.DEFAULT.version()),
                latestJob(programmeId), sets);
    }

    /** One run, for the progress display. */
    @Override
    @Transactional
    public Optional<FittingJobView> job(SignedInUser caller, long jobId) {
        access.require(caller, Role.ADMIN, Role.EDUCATOR);
        return Optional.ofNullable(em.find(FittingJob.class, jobId)).map(FittingJobView::of);
    }

    private Optional<FittingJobView> latestJob(String programmeId) {
        return em.createQuery("SELECT j FROM FittingJob j WHERE j.programmeKey = :programme "
                + "ORDER BY j.requestedAt DESC, j.id DESC", FittingJob.class).setParameter("programme", programmeId)
                .setMaxResults(1).getResultList().stream().findFirst().map(FittingJobView::of);
    }

    private String programmeTitle(String programmeId) {
        return catalog.current(em).programme(programmeId)
                .orElseThrow(() -> ValidationException.of("programme", "There is no programme \"" + programmeId
                        + "\" in the curriculum."))
                .title();
    }

    /**
     * Starts a fit in the background.
     *
     * @return the run, for its progress
     * @throws ValidationException (field {@code programme}) for an unknown programme or while a run is in progress
     */
    @Override
    public FittingJobView start(SignedInUser caller, String programmeId) {
        SignedInUser admin = access.require(caller, Role.ADMIN);
        FittingJobView job = steps.open(programmeId, admin.username(), programmeTitle(programmeId));
        try {
            executor.submit(() -> run(job.id(), programmeId, admin.username()));
        } catch (RuntimeException refused) {
            steps.finish(job.id(), FittingJob.State.FAILED, null, "The run could not be started: "
                    + refused.getClass().getSimpleName());
            throw refused;
        }
        return job;
    }

    /**
     * Makes the set the active one replaced active again (or the defaults), then rebuilds the learners' states in
     * the background.
     *
     * @throws ValidationException (field {@code programme}) when no fitted set is active or a run is in progress
     */
    @Override
    public FittingJobView rollBack(SignedInUser caller, String programmeId) {
        SignedInUser admin = access.require(caller, Role.ADMIN);
        FittingJobView job = steps.open(programmeId, admin.username(), programmeTitle(programmeId));
        Optional<String> now;
        try {
            now = steps.rollBack(programmeId, admin.username());
            if (now.isPresent()) {
                String version = now.get();
                executor.submit(() -> rebuildAll(job.id(), programmeId, 0, version, "Rolled back to " + version
                        + "."));
            }
        } catch (RuntimeException failed) {
            // The run must not stay "in progress": that would refuse every later fit of the programme.
            steps.finish(job.id(), FittingJob.State.FAILED, null, "The roll-back failed: "
                    + failed.getClass().getSimpleName());
            throw failed;
        }
        if (now.isEmpty()) {
            steps.finish(job.id(), FittingJob.State.FAILED, null, "No fitted set was active: nothing to roll back.");
            throw ValidationException.of("programme", "No fitted set is active for this programme: it already "
                    + "uses the default weights.");
        }
        return job;
    }

    private void run(long jobId, String programmeId, String actor) {
        try {
            steps.advance(jobId, 0.02, "Reading the review logs");
            List<List<DatedReview>> histories = steps.histories(programmeId);
            int reviews = histories.stream().mapToInt(List::size).sum();
            FsrsParameters current = steps.active(programmeId);
            steps.advance(jobId, 0.1, String.format(Locale.ROOT, "Fitting to %,d reviews", reviews));
            String version = versionFor(jobId, programmeId);
            long started = System.nanoTime();
            HeldOutResult result = HeldOutFitting.evaluate(histories, current, version, new ParameterOptimiser(),
                    share -> steps.advance(jobId, 0.1 + share * (FIT_SHARE - 0.1),
                            String.format(Locale.ROOT, "Fitting to %,d reviews", reviews)));
            LOG.info(() -> String.format(Locale.ROOT, "Fit %s of %s over %,d reviews took %d ms: %s", version,
                    programmeId, reviews, (System.nanoTime() - started) / 1_000_000, result.reason()));
            if (result.fullFit().outcome() != org.ketaminetraining.scheduling.fsrs.FittingResult.Outcome.FITTED) {
                steps.finish(jobId, FittingJob.State.DONE, null, "Nothing stored: " + result.reason() + ".");
                return;
            }
            boolean applied = steps.store(jobId, programmeId, result, reviews, current, actor);
            if (!applied) {
                steps.finish(jobId, FittingJob.State.DONE, version, "Kept for the record, not applied: "
                        + result.reason() + ".");
                return;
            }
            rebuildAll(jobId, programmeId, FIT_SHARE, version, "Applied " + version + ": " + result.reason() + ".");
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "fitting job " + jobId + " failed", e);
            steps.finish(jobId, FittingJob.State.FAILED, null, "The run failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private void rebuildAll(long jobId, String programmeId, double from, String version, String message) {
        try {
            List<Long> learners = steps.learnersOf(programmeId);
            for (int i = 0; i < learners.size(); i += REBUILD_BATCH) {
                steps.advance(jobId, from + (1 - from) * i / Math.max(1, learners.size()), String.format(
                        Locale.ROOT, "Rebuilding memory states: %,d of %,d learners", i, learners.size()));
                study.rebuildStates(learners.subList(i, Math.min(learners.size(), i + REBUILD_BATCH)));
            }
            steps.finish(jobId, FittingJob.State.DONE, version, message + String.format(Locale.ROOT,
                    " Memory states of %,d learners rebuilt.", learners.size()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "rebuild of job " + jobId + " failed", e);
            steps.finish(jobId, FittingJob.State.FAILED, null, "The rebuild of memory states failed ("
                    + e.getClass().getSimpleName() + "); the weights are applied and study replays each learner "
                    + "when their settings next change. Run the fit or roll back again to retry.");
        }
    }

    /** A version name that is unique (the run's id) and says what it is for. */
    static String versionFor(long jobId, String programmeId) {
        String programme = programmeId.length() > 40 ? programmeId.substring(0, 40) : programmeId;
        return "fit-" + jobId + "-" + programme;
    }
}
