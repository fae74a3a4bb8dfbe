package org.ketaminetraining.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ketaminetraining.bank.service.BankStartupImport;
import org.ketaminetraining.bank.service.StoredBankBackfill;
import org.ketaminetraining.certification.service.CertificationSweep;
import org.ketaminetraining.certification.service.SigningKeys;
import org.ketaminetraining.compliance.service.mail.ReminderSchedule;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.service.JpaFirstRunService;

/**
 * What happens once when the app starts, in order: check the settings, migrate the schema, make sure a certificate
 * signing key exists, fill in stored bank rows the migrations could not compute, import the question bank files,
 * seed demo data when asked, and announce the first-run setup token while no administrator exists. A failure stops the deployment rather than serving pages on a broken
 * database. Each phase logs its duration ("Start-up phase ..."), so a slow start can be taken apart from the log
 * (.ci/measure-startup collects the lines).
 */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    private AppSettings settings;
    @Inject
    private DatabaseMigrator migrator;
    @Inject
    private DemoSeeder demo;
    @Inject
    private JpaFirstRunService firstRun;
    @Inject
    private BankStartupImport bank;
    @Inject
    private StoredBankBackfill backfill;
    @Inject
    private SigningKeys signingKeys;
    @Inject
    private CertificationSweep sweep;
    @Inject
    private ReminderSchedule reminders;

    private final Map<String, Long> phaseMillis = new LinkedHashMap<>();
    private volatile boolean ready;

    @Inject
    private org.ketaminetraining.insight.service.FittingSteps fittingSteps;
    @Inject
    private SimulatedHistorySeeder simulatedHistories;
    @Inject
    private org.ketaminetraining.insight.service.JpaItemInsights itemInsights;
    @jakarta.annotation.Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long started = System.nanoTime();
        // Reading the settings checks them: a wrong value stops the start here, with the variable's name.
        phase("settings", () -> LOG.info(() -> "Ketamine Training starting: database " + settings.database()
                + ", data directory " + settings.dataDirectory() + ", question banks "
                + settings.questionsDirectory() + ", demo mode " + settings.demoMode()));
        phase("migrations", migrator::migrate);
        phase("signing key", signingKeys::ensure);
        // Before the import, whose "metadata changed?" test needs every revision's metadata fingerprint. A revision
        // that does not parse stops the backfill, not the start: the import then revises what it cannot compare.
        phase("bank backfill", () -> {
            try {
                int filled = 0;
                for (int batch = backfill.fillNextBatch(); batch > 0; batch = backfill.fillNextBatch()) {
                    filled += batch;
                }
                int total = filled;
                LOG.info(() -> "Stored bank rows filled in: " + total);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Filling in the stored bank's list columns and fingerprints failed", e);
            }
        });
        // An invalid bank is refused without failing the start: the last good bank stays in use. An unexpected
        // error is rolled back whole, logged, and does not stop people from signing in either.
        phase("bank import", () -> {
            try {
                bank.importAtStartup();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Question bank import failed; the last good bank stays in use", e);
            }
        });
        if (settings.demoMode()) {
            phase("demo seed", () -> {
                demo.seed(settings.demoPassword());
                demo.studyDemoProgramme();
            });
            // Demo data that cannot be seeded must not keep anyone from signing in: logged, and the start goes on.
            phase("simulated histories", () -> {
                try {
                    simulatedHistories.seed(settings.demoSimulatedLearners());
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Seeding the simulated learners of demo mode failed", e);
                }
            });
        }
        // A fit that was running when the server stopped can never finish; mark it so a new one can start. (In a
        // cluster this would also end another server's run; fitting is an administrator's occasional action.)
        phase("interrupted fits", () -> LOG.info(() -> "Fitting runs marked as interrupted: "
                + fittingSteps.abandonInterrupted()));
        phase("first-run check", firstRun::announceSetupTokenIfNeeded);
        // Only now may scheduled writes run: the schema is migrated and the bank imported.
        sweep.start();
        reminders.start();
        long total = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Start-up sequence done in " + total + " ms: " + phaseMillis);
        ready = true;
        // Item analysis of a large organisation takes seconds to compute: done now, in the background, so that the
        // first educator to look does not wait (later looks are kept fresh the same way).
        executor.submit(() -> {
            try {
                itemInsights.programmeIds().forEach(programme -> itemInsights.warm(programme, false));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Computing item analysis after the start failed; it is computed when viewed",
                        e);
            }
        });
    }

    private void phase(String name, Runnable step) {
        long started = System.nanoTime();
        step.run();
        long millis = (System.nanoTime() - started) / 1_000_000;
        phaseMillis.put(name, millis);
        LOG.info(() -> "Start-up phase " + name + ": " + millis + " ms");
    }

    /** True once the start-up sequence has finished without error. */
    public boolean isReady() {
        return ready;
    }
}
