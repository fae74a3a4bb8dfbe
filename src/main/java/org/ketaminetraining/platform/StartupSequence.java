package org.ketaminetraining.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ketaminetraining.bank.service.BankStartupImport;
import org.ketaminetraining.certification.service.SigningKeys;
import org.ketaminetraining.people.service.JpaFirstRunService;

/**
 * What happens once when the app starts, in order: migrate the schema, make sure a certificate signing key
 * exists, import the question bank files,
 * seed demo data when asked, and announce
 * the first-run setup token while no administrator exists. A failure stops the deployment rather than serving
 * pages on a broken database.
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
    private SigningKeys signingKeys;

    private volatile boolean ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.info(() -> "Ketamine Training starting: database " + settings.database() + ", data directory "
                + settings.dataDirectory() + ", question banks " + settings.questionsDirectory() + ", demo mode "
                + settings.demoMode());
        migrator.migrate();
        signingKeys.ensure();
        // An invalid bank is refused without failing the start: the last good bank stays in use. An unexpected
        // error is rolled back whole, logged, and does not stop people from signing in either.
        try {
            bank.importAtStartup();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.SEVERE, "Question bank import failed; the last good bank stays in use", e);
        }
        if (settings.demoMode()) {
            demo.seed(settings.demoPassword());
            demo.studyDemoProgramme();
        }
        firstRun.announceSetupTokenIfNeeded();
        ready = true;
    }

    /** True once the start-up sequence has finished without error. */
    public boolean isReady() {
        return ready;
    }
}
