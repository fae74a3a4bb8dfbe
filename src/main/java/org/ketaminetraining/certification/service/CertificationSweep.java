package org.ketaminetraining.certification.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The writes no person asks for, done on a schedule with the server's managed scheduled executor (Liberty's
 * {@code concurrent-3.0}): every minute, attempts whose time ran out are submitted with the answers saved in time
 * (so managers' reports and the learner's standing catch up even when the learner never comes back), and every
 * hour holders whose safety-critical recall faded get those items brought forward in study. The start-up sequence
 * starts it when it has finished (see {@link #start()}).
 *
 * <p>Each learner is handled in a transaction of their own under their {@link LearnerLock} (see
 * {@link AttemptGrader}), so the sweep and the learner's own requests never grade or issue twice. One learner's
 * failure is logged and does not stop the others, nor later runs.
 */
@ApplicationScoped
public class CertificationSweep {

    private static final Logger LOG = Logger.getLogger(CertificationSweep.class.getName());
    static final long TIMED_OUT_EVERY_SECONDS = 60;
    static final long FADED_EVERY_SECONDS = 3600;
    static final long STANDINGS_EVERY_SECONDS = 60;

    @Resource
    private ManagedScheduledExecutorService executor;
    @Inject
    private AttemptGrader grader;
    @Inject
    private KnowledgeRefreshers refreshers;
    @Inject
    private StandingSnapshots standings;

    private final List<ScheduledFuture<?>> scheduled = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Starts the schedule. Called by the start-up sequence once migrations and the bank import are done, never
     * earlier: a sweep must not query a schema still being migrated or a bank half imported.
     */
    public synchronized void start() {
        if (!scheduled.isEmpty()) {
            return;
        }
        scheduled.add(executor.scheduleWithFixedDelay(() -> each("timed-out attempts",
                grader::learnersWithTimedOutAttempts, grader::sweepTimedOut),
                TIMED_OUT_EVERY_SECONDS, TIMED_OUT_EVERY_SECONDS, TimeUnit.SECONDS));
        scheduled.add(executor.scheduleWithFixedDelay(() -> each("faded knowledge",
                refreshers::holdersInForce, refreshers::bringForwardFadedItems),
                FADED_EVERY_SECONDS, FADED_EVERY_SECONDS, TimeUnit.SECONDS));
        scheduled.add(executor.scheduleWithFixedDelay(this::refreshStandings, 1, STANDINGS_EVERY_SECONDS,
                TimeUnit.SECONDS));
    }

    /**
     * Stores fresh copies of the standings that changed or went out of date ({@link StandingSnapshots}), a chunk
     * of people per transaction, so that managers' reports read copies instead of replaying answers.
     */
    void refreshStandings() {
        List<Long> stale;
        try {
            stale = standings.staleTrainees();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "certification sweep (standings) could not list learners", e);
            return;
        }
        long started = System.nanoTime();
        for (int from = 0; from < stale.size(); from += StandingSnapshots.CHUNK) {
            List<Long> chunk = stale.subList(from, Math.min(stale.size(), from + StandingSnapshots.CHUNK));
            try {
                standings.refresh(chunk);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "certification sweep (standings) failed for " + chunk.size()
                        + " accounts from " + chunk.get(0), e);
            }
        }
        if (stale.size() >= StandingSnapshots.CHUNK) {
            LOG.info(() -> String.format("Stored the standings of %d trainees in %d ms", stale.size(),
                    (System.nanoTime() - started) / 1_000_000));
        }
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(future -> future.cancel(false));
    }

    private static void each(String what, Supplier<List<Long>> learners, LongConsumer step) {
        List<Long> ids;
        try {
            ids = learners.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "certification sweep (" + what + ") could not list learners", e);
            return;
        }
        for (long id : ids) {
            try {
                step.accept(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "certification sweep (" + what + ") failed for account " + id, e);
            }
        }
    }
}
