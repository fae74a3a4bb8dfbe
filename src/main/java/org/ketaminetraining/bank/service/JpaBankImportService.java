package org.ketaminetraining.bank.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ketaminetraining.bank.fingerprint.BankFolderFingerprint;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.store.StoredModule;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Imports the bank files into the database; see {@link BankImportService}. The reading and applying is
 * {@link BankFolderImport}'s; this class checks who may ask, and answers what the Question banks page shows.
 */
@ApplicationScoped
public class JpaBankImportService implements BankImportService, BankStartupImport {

    private static final Logger LOG = Logger.getLogger(JpaBankImportService.class.getName());
    /** The actor the audit trail names for the import at start-up, which nobody asked for. */
    static final String SYSTEM_ACTOR = "system";

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AppSettings settings;
    @Inject
    private AccessControl access;
    @Inject
    private BankFolderImport folders;

    @Override
    public Path questionsDirectory(SignedInUser caller) {
        access.require(caller, Role.EDUCATOR, Role.ADMIN);
        return settings.questionsDirectory();
    }

    @Override
    @Transactional
    public ImportSummary importNow(SignedInUser caller) {
        return folders.run(access.require(caller, Role.ADMIN).username(), settings.questionsDirectory(), false);
    }

    @Override
    @Transactional
    public ImportSummary importFrom(SignedInUser caller, Path dir) {
        return folders.run(access.require(caller, Role.ADMIN).username(), dir, false);
    }

    /**
     * Skips the files when they are byte for byte those of the last applied file import (its fingerprint): the
     * database already matches them, and parsing and validating them again would only slow every restart. Changes
     * published in the browser since then do not count: they are ahead of the files, not behind them. Files that
     * changed are imported as always, and refused if they disagree with a web change not yet exported.
     */
    @Override
    @Transactional
    public ImportSummary importAtStartup() {
        Path dir = settings.questionsDirectory();
        Optional<String> fingerprint = BankFolderFingerprint.of(dir,
                BankFolderImport.overlayFor(dir, settings.demoMode()));
        Optional<BankImport> lastApplied = folders.lastAppliedFiles();
        if (fingerprint.isPresent() && lastApplied.isPresent()
                && fingerprint.get().equals(lastApplied.get().getSourceFingerprint())) {
            LOG.info(() -> "Question bank in " + dir + " unchanged since import " + lastApplied.get().getId() + " of "
                    + lastApplied.get().getStartedAt() + " (fingerprint " + fingerprint.get().substring(0, 16)
                    + "...): not read again");
            return BankFolderImport.summary(lastApplied.get());
        }
        return folders.run(SYSTEM_ACTOR, dir, false);
    }

    /** File imports and changes published in the browser, newest first ({@link ImportSummary#kind()} tells them). */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportSummary> recent(SignedInUser caller, int max) {
        access.require(caller, Role.EDUCATOR, Role.ADMIN);
        return em.createQuery("select i from BankImport i order by i.startedAt desc, i.id desc", BankImport.class)
                .setMaxResults(max).getResultStream().map(BankFolderImport::summary).toList();
    }

    /** The latest file import that was applied (changes published in the browser are not file imports). */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImportSummary> lastApplied(SignedInUser caller) {
        access.require(caller, Role.EDUCATOR, Role.ADMIN);
        return folders.lastAppliedFiles().map(BankFolderImport::summary);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleOverview> modules(SignedInUser caller) {
        access.require(caller, Role.EDUCATOR, Role.ADMIN);
        Map<String, long[]> counts = new HashMap<>();
        em.createQuery("select r.moduleKey, r.safetyCritical, count(r) from QuestionRevision r join r.question q "
                + "where q.retired = false and r.revisionNumber = q.currentRevision "
                + "group by r.moduleKey, r.safetyCritical", Object[].class)
                .getResultList().forEach(row -> {
                    long[] c = counts.computeIfAbsent((String) row[0], k -> new long[2]);
                    long n = ((Number) row[2]).longValue();
                    c[0] += n;
                    if (Boolean.TRUE.equals(row[1])) {
                        c[1] += n;
                    }
                });
        return em.createQuery("select m from StoredModule m where m.retired = false order by m.moduleKey",
                StoredModule.class).getResultStream()
                .map(m -> {
                    long[] c = counts.getOrDefault(m.getModuleKey(), new long[2]);
                    return new ModuleOverview(m.getModuleKey(), m.getTitle(), c[0], c[1]);
                }).toList();
    }
}
