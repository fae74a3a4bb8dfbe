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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.fingerprint.BankFolderFingerprint;
import org.ketaminetraining.bank.revision.RevisionPlan;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.yaml.BankYamlWriter;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.service.AuditTrail;

/**
 * Reads a bank folder and brings the database in line with it, as whoever the caller vouches for: the checked
 * use cases ({@link JpaBankImportService} for administrators, the authoring export for educators) and the start-up
 * import call it after their own checks. Pages never get hold of it (an architecture test keeps the web layer from
 * depending on it). In demo mode (KT_DEMO=true) the overlay in the folder's {@code demo} subfolder, when there is one,
 * is loaded on top, which adds the demo programme and its modules; with demo mode off it is not loaded, so the next
 * import retires them.
 */
@ApplicationScoped
public class BankFolderImport {

    private static final Logger LOG = Logger.getLogger(BankFolderImport.class.getName());
    /** The subfolder of the bank folder that demo mode loads on top of it. */
    public static final String DEMO_OVERLAY = "demo";

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AppSettings settings;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    /** Thrown by {@link #run} asked to change nothing, when the files would change these questions. */
    public static final class WouldChange extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<String> questionKeys;

        WouldChange(List<String> questionKeys, String message) {
            super(message);
            this.questionKeys = List.copyOf(questionKeys);
        }

        public List<String> questionKeys() {
            return questionKeys;
        }
    }

    /**
     * Validates the folder and, only when every file is valid and none disagrees with a change published in the
     * browser and not exported, applies it in the caller's transaction. A refused bank changes nothing: the last
     * good bank stays in use and the problems are kept for educators and administrators.
     *
     * @param mustChangeNothing true for the export's re-import: then any change (or refusal) throws
     *     {@link WouldChange} before anything is written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportSummary run(String actor, Path dir, boolean mustChangeNothing) {
        Instant started = clock.instant();
        Optional<Path> overlay = overlayFor(dir, settings.demoMode());
        // Taken before the files are read, so a file changed during the import makes the next start read it again.
        Optional<String> fingerprint = BankFolderFingerprint.of(dir, overlay);
        String source = overlay.map(o -> dir + " with the demo overlay " + o).orElse(dir.toString());
        // Parsing and validation happen before anything is written, so a bad file cannot leave half an import.
        BankLoadResult result = BankLoader.load(dir, overlay);
        BankWriter writer = new BankWriter(em);
        Optional<BankWriter.Preview> preview = result.snapshot().map(bank -> writer.preview(bank, settings.zone()));
        List<String> problems = preview.map(p -> p.conflicts().problems())
                .orElseGet(() -> result.problems().stream().map(Object::toString).toList());
        if (mustChangeNothing) {
            List<String> changed = preview.map(p -> p.plan().changed()).orElse(List.of());
            if (!problems.isEmpty() || !changed.isEmpty()) {
                throw new WouldChange(changed, "re-reading " + source + " would change " + changed
                        + (problems.isEmpty() ? "" : "; problems: " + problems));
            }
        }
        BankImport record = new BankImport(started, actor, source,
                problems.isEmpty() ? BankImport.Outcome.APPLIED : BankImport.Outcome.REJECTED, result.fileCount(),
                result.questionCount());
        record.recordFolder(dir.toAbsolutePath().toString());
        if (!problems.isEmpty()) {
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
        writer.apply(preview.orElseThrow(), record, started);
        // With an overlay this is the merged curriculum: the main programmes, then the overlay's.
        record.recordCurriculum(BankYamlWriter.writeCurriculum(bank.curriculum()));
        LOG.info(() -> "Question bank imported from " + source + ": " + record.getAdded() + " new, "
                + record.getRevised() + " revised, " + record.getRetired() + " retired, " + record.getUnchanged()
                + " unchanged");
        audit.record(actor, "bank.import", dir.toString(), record.getAdded() + " new, " + record.getRevised()
                + " revised, " + record.getRetired() + " retired, " + record.getUnchanged() + " unchanged");
        return summary(record);
    }

    /**
     * What importing the folder now would do, without importing it: the files' problems, or the questions it would
     * change and what the files hold of every question (web changes not exported are not problems here: the caller
     * decides).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FolderCheck check(Path dir) {
        BankLoadResult result = BankLoader.load(dir, overlayFor(dir, settings.demoMode()));
        if (!result.isValid()) {
            return new FolderCheck(result.problems().stream().map(Object::toString).toList(), List.of(), Map.of());
        }
        BankWriter.Preview preview = new BankWriter(em).preview(result.snapshot().orElseThrow(), settings.zone());
        return new FolderCheck(List.of(), preview.plan().changed(), preview.incoming());
    }

    /** See {@link #check}: problems with the files, or else the questions an import would change. */
    public record FolderCheck(List<String> problems, List<String> changed,
            Map<String, RevisionPlan.Prints> inFiles) {
    }

    /**
     * The newest applied import of the files. Changes published in the browser are imports too (kind WEB), but the
     * start-up's "unchanged files" skip and the Question banks page's "last import" are about the files.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BankImport> lastAppliedFiles() {
        return em.createQuery("select i from BankImport i where i.outcome = :applied and i.kind = :files "
                + "order by i.startedAt desc, i.id desc", BankImport.class)
                .setParameter("applied", BankImport.Outcome.APPLIED).setParameter("files", BankImport.Kind.FILES)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The folder the bank was last read from (where an export writes), or KT_QUESTIONS_DIR if never. */
    public Path currentFolder() {
        return lastAppliedFiles().map(BankImport::getFolder).map(Path::of).orElse(settings.questionsDirectory());
    }

    /** The demo overlay ({@code <dir>/demo}) in demo mode when the folder exists; otherwise none. */
    public static Optional<Path> overlayFor(Path dir, boolean demoMode) {
        return demoMode ? Optional.of(dir.resolve(DEMO_OVERLAY)).filter(Files::isDirectory) : Optional.empty();
    }

    static ImportSummary summary(BankImport i) {
        List<String> problems = i.getProblems() == null ? List.of() : Arrays.asList(i.getProblems().split("\n"));
        return new ImportSummary(i.getId() == null ? 0 : i.getId(), i.getStartedAt(), i.getActor(), i.getSource(),
                i.getOutcome() == BankImport.Outcome.APPLIED, i.getFiles(), i.getQuestions(), i.getAdded(),
                i.getRevised(), i.getRetired(), i.getUnchanged(), i.getProblemCount(), problems,
                i.getKind() == BankImport.Kind.WEB ? ImportSummary.Kind.WEB : ImportSummary.Kind.FILES);
    }
}
