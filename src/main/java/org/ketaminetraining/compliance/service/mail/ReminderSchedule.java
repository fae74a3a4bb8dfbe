package org.ketaminetraining.compliance.service.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ketaminetraining.compliance.reminder.RunTimes;
import org.ketaminetraining.config.AppSettings;

/**
 * Runs the reminders every night at {@link #NIGHTLY} and the managers' digest every {@link #DIGEST_DAY} at
 * {@link #DIGEST_TIME}, local time in the organisation's zone, on the server's managed scheduled executor. Each run
 * schedules the next from the clock, so daylight saving changes and a long run never shift the time of day. The
 * start-up sequence starts it once migrations and the bank import are done.
 *
 * <p>Several servers may each run it: the ledger lets only one of them record (and one delivery send) each mail.
 */
@ApplicationScoped
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());
    static final LocalTime NIGHTLY = LocalTime.of(2, 30);
    static final DayOfWeek DIGEST_DAY = DayOfWeek.MONDAY;
    static final LocalTime DIGEST_TIME = LocalTime.of(6, 0);

    @Resource
    private ManagedScheduledExecutorService executor;
    @Inject
    private ReminderRun run;
    @Inject
    private AppSettings settings;
    @Inject
    private Clock clock;

    private volatile ScheduledFuture<?> nightly;
    private volatile ScheduledFuture<?> weekly;
    private volatile boolean stopped;

    public synchronized void start() {
        if (nightly != null) {
            return;
        }
        scheduleNightly();
        scheduleWeekly();
    }

    private synchronized void scheduleNightly() {
        if (!stopped) {
            nightly = schedule(RunTimes.next(clock.instant(), settings.zone(), NIGHTLY, Optional.empty()), () -> {
                runLogged("reminder", run::remindLearners);
                scheduleNightly();
            });
        }
    }

    private synchronized void scheduleWeekly() {
        if (!stopped) {
            weekly = schedule(RunTimes.next(clock.instant(), settings.zone(), DIGEST_TIME, Optional.of(DIGEST_DAY)),
                    () -> {
                        runLogged("digest", run::sendDigests);
                        scheduleWeekly();
                    });
        }
    }

    private ScheduledFuture<?> schedule(Instant at, Runnable task) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        return executor.schedule(task, delay, TimeUnit.MILLISECONDS);
    }

    private static void runLogged(String what, Supplier<RunSummary> step) {
        try {
            RunSummary summary = step.get();
            LOG.info(() -> "Scheduled " + what + " run: " + summary);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled " + what + " run failed; the next one is scheduled", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (nightly != null) {
            nightly.cancel(false);
        }
        if (weekly != null) {
            weekly.cancel(false);
        }
    }
}
