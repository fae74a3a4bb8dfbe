package org.ketaminetraining.bank.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.fingerprint.BankFolderFingerprint;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.store.StoredModule;
import org.ketaminetraining.bank.yaml.BankYamlWriter;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Imports the bank files into the database; see {@link BankImportService}. In demo mode (KT_DEMO=true) the overlay
 * in the bank folder's {@code demo} subfolder, when there is one, is loaded on top of the bank, which adds the demo
 * programme and its modules; with demo mode off they are not loaded, so the next import retires them.
 */
@ApplicationScoped
public class JpaBankImportService implements BankImportService, BankStartupImport {

    private static final Logger LOG = Logger.getLogger(JpaBankImportService.class.getName());
    /** The subfolder of the bank folder that demo mode loads on top of it. */
    static final String DEMO_OVERLAY = "demo";
    /** The actor the audit trail names for the import at start-up, which nobody asked for. */
    static final String SYSTEM_ACTOR = "system";

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AppSettings settings;
    @Inject
    private AuditTrail audit;
    @Inject
    private AccessControl access;
    @Inject
    private Clock clock;

    @Override
    public Path questionsDirectory(SignedInUser caller) {
        access.require(caller, Role.EDUCATOR, Role.ADMIN);
        return settings.questionsDirectory();
    }

    @Override
    @Transactional
    public ImportSummary importNow(SignedInUser caller) {
        return importAs(access.require(caller, Role.ADMIN).username(), settings.questionsDirectory());
    }

    @Override
    @Transactional
    public ImportSummary importFrom(SignedInUser caller, Path dir) {
        return importAs(access.require(caller, Role.ADMIN).username(), dir);
    }

    /**
     * Skips the files when they are byte for byte those of the last applied import (its fingerprint): the database
     * already matches them, and parsing and validating them again would only slow every restart.
     */
    @Override
    @Transactional
    public ImportSummary importAtStartup() {
        Path dir = settings.questionsDirectory();
        Optional<String> fingerprint = BankFolderFingerprint.of(dir, overlayFor(dir, settings.demoMode()));
        Optional<BankImport> lastApplied = lastAppliedImport();
        if (fingerprint.isPresent() && lastApplied.isPresent()
                && fingerprint.get().equals(lastApplied.get().getSourceFingerprint())) {
            LOG.info(() -> "Question bank in " + dir + " unchanged since import " + lastApplied.get().getId() + " of "
                    + lastApplied.get().getStartedAt() + " (fingerprint " + fingerprint.get().substring(0, 16)
                    + "...): not read again");
            return summary(lastApplied.get());
        }
        return importAs(SYSTEM_ACTOR, dir);
    }

    private Optional<BankImport> lastAppliedImport() {
        return em.createQuery("select i from BankImport i where i.outcome = :applied order by i.startedAt desc, "
                + "i.id desc", BankImport.class)
                .setParameter("applied", BankImport.Outcome.APPLIED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private ImportSummary importAs(String actor, Path dir) {
        Instant started = clock.instant();
        Optional<Path> overlay = overlayFor(dir, settings.demoMode());
        // Taken before the files are read, so a file changed during the import makes the next start read it again.
        Optional<String> fingerprint = BankFolderFingerprint.of(dir, overlay);
        String source = overlay.map(o -> dir + " with the demo overlay " + o).orElse(dir.toString());
        // Parsing and validation happen before anything is written, so a bad file cannot leave half an import.
        BankLoadResult result = BankLoader.load(dir, overlay);
        BankImport record = new BankImport(started, actor, source,
                result.isValid() ? BankImport.Outcome.APPLIED : BankImport.Outcome.REJECTED, result.fileCount(),
                result.questionCount());
        if (!result.isValid()) {
            List<String> problems = result.problems().stream().map(Object::toString).toList();
            record.recordProblems(problems.size(), String.join("\n", problems));
            em.persist(record);
            LOG.warning(() -> "Question bank in " + source + " NOT imported: " + problems.size()
                    + " problem(s); the last good bank stays in use.\n" + String.join("\n", problems));
            audit.record(actor, "bank.import-rejected", dir.toString(), problems.size() + " problem(s)");
            return summary(record);
        }
        BankSnapshot bank = result.snapshot().orElseThrow();
        fingerprint.ifPresent(record::recordSourceFingerprint);
        em.persist(record);
        new BankWriter(em).apply(bank, record, started);
        // With an overlay this is the merged curriculum: the main programmes, then the overlay's.
        record.recordCurriculum(BankYamlWriter.writeCurriculum(bank.curriculum()));
        LOG.info(() -> "Question bank imported from " + source + ": " + record.getAdded() + " new, "
                + record.getRevised()
                + " revised, " + record.getRetired() + " retired, " + record.getUnchanged() + " unchanged");
        audit.record(actor, "bank.import", dir.toString(), record.getAdded() + " new, " + record.getRevised()
                + " revised, " + record.getRetired() + " retired, " + record.getUnchanged() + " unchanged");
        return summary(record);
    }

    /** The demo overlay ({@code <dir>/demo}) in demo mode when the folder exists; otherwise none. */
    static Optional<Path> overlayFor(Path dir, boolean demoMode) {
        return demoMode ? Optional.of(dir.resolve(DEMO_OVERLAY)).filter(Files::isDirectory) : Optional.empty();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportSummary> recent(SignedInUser caller, int max) {
        access.require(caller, Role.EDUCATOR, Role.ADMIN);
        return em.createQuery("select i from BankImport i order by i.startedAt desc, i.id desc", BankImport.class)
                .setMaxResults(max).getResultStream().map(JpaBankImportService::summary).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImportSummary> lastApplied(SignedInUser caller) {
        access.require(caller, Role.EDUCATOR, Role.ADMIN);
        return lastAppliedImport().map(JpaBankImportService::summary);
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

    private static ImportSummary summary(BankImport i) {
        List<String> problems = i.getProblems() == null ? List.of() : Arrays.asList(i.getProblems().split("\n"));
        return new ImportSummary(i.getId() == null ? 0 : i.getId(), i.getStartedAt(), i.getActor(), i.getSource(),
                i.getOutcome() == BankImport.Outcome.APPLIED, i.getFiles(), i.getQuestions(), i.getAdded(),
                i.getRevised(), i.getRetired(), i.getUnchanged(), i.getProblemCount(), problems);
    }
}
