package org.ketaminetraining.bank.service.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ketaminetraining.bank.authoring.ModuleExport;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.revision.RevisionPlan;
import org.ketaminetraining.bank.service.BankFolderImport;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.store.StoredQuestion;
import org.ketaminetraining.bank.yaml.BankYamlWriter;
import org.ketaminetraining.people.service.AuditTrail;

/**
 * "Export changes": writes the module files of every question changed in the browser with the app's own writer,
 * into the folder the bank was last imported from (demo overlay modules into its {@code demo} folder), then imports
 * that folder again as the caller, which must change nothing; the pending flags clear with it. Inside the caller's
 * transaction.
 *
 * <p>Nothing is half-applied. Before writing, the files must hold exactly what was last imported from them, apart
 * from the web's changes (otherwise they hold edits nobody imported, which the export would overwrite: refused,
 * naming the questions).
 * Each file is written to a temporary file beside it and moved over it; if the re-import would change anything, or
 * anything fails, every file written is put back as it was and the transaction rolls back. Should the commit itself
 * fail after the files were written, the files hold exactly what is published, so the next import agrees with the
 * database and clears the flags then.
 */
@ApplicationScoped
public class ModuleFileExport {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private BankFolderFiles files;
    @Inject
    private BankFolderImport folders;
    @Inject
    private WebPublication bank;
    @Inject
    private AuditTrail audit;

    public ExportPlan plan() {
        Map<String, List<String>> byModule = pendingByModule();
        return new ExportPlan(List.copyOf(byModule.keySet()),
                byModule.values().stream().flatMap(List::stream).sorted().toList());
    }

    private Map<String, List<String>> pendingByModule() {
        Map<String, List<String>> byModule = new TreeMap<>();
        em.createQuery("select q.moduleKey, q.questionKey from StoredQuestion q where q.pendingExport = true "
                + "order by q.questionKey", Object[].class).getResultList()
                .forEach(row -> byModule.computeIfAbsent((String) row[0], m -> new ArrayList<>()).add((String) row[1]));
        return byModule;
    }

    public ExportOutcome export(String actor) {
        Map<String, List<String>> pending = pendingByModule();
        if (pending.isEmpty()) {
            return new ExportOutcome(List.of(), 0);
        }
        Path folder = files.folder();
        checkNothingElseChanged(folder, pending);
        Map<Path, String> texts = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        for (String moduleKey : pending.keySet()) {
            BankFolderFiles.ModuleFile file = files.module(moduleKey).orElseThrow(() -> new AuthoringRefusal(
                    "Module " + moduleKey + " has no file in " + folder + " to export into."));
            BankModule inFile = file.module().orElseThrow(() -> new AuthoringRefusal("The file " + file.relativePath()
                    + " has problems; fix or import it first (the Question banks page lists them)."));
            // A module of the demo overlay (questions/demo) finds the schema one folder up.
            String schema = file.relativePath().contains("/") ? BankYamlWriter.OVERLAY_MODULE_SCHEMA_PATH
                    : BankYamlWriter.MODULE_SCHEMA_PATH;
            texts.put(file.file(), BankYamlWriter.writeModule(ModuleExport.toWrite(Optional.of(inFile),
                    published(moduleKey, inFile)), schema));
            written.add(file.relativePath());
        }
        Map<Path, byte[]> before = writeAll(texts);
        try {
            folders.run(actor, folder, true);
        } catch (BankFolderImport.WouldChange e) {
            restore(before);
            throw new AuthoringRefusal("The exported files would not import as published (questions "
                    + String.join(", ", e.questionKeys()) + "); nothing was exported. " + e.getMessage());
        } catch (RuntimeException e) {
            restore(before);
            throw e;
        } finally {
            files.forget();
        }
        audit.record(actor, "bank.export", folder.toString(), String.join(", ", written) + "; questions "
                + String.join(", ", pending.values().stream().flatMap(List::stream).toList()));
        return new ExportOutcome(written, 0);
    }

    /**
     * Refuses when the files hold anything the export would overwrite: a difference from the database in a question
     * not pending export, or, in a pending one, other content than the files last gave it (someone edited that
     * question in the file after the web change). A question first published in the browser must not be in the
     * files at all. (A question the files dropped and the browser then reinstated counts as edited too: rare, and
     * safer refused.)
     */
    private void checkNothingElseChanged(Path folder, Map<String, List<String>> pending) {
        BankFolderImport.FolderCheck check = folders.check(folder);
        if (!check.problems().isEmpty()) {
            throw new AuthoringRefusal("The bank files in " + folder + " have problems, so nothing was exported: "
                    + String.join("; ", check.problems()));
        }
        Set<String> pendingKeys = new HashSet<>();
        pending.values().forEach(pendingKeys::addAll);
        TreeSet<String> unexpected = new TreeSet<>();
        for (String key : check.changed()) {
            if (!pendingKeys.contains(key)) {
                unexpected.add(key);
                continue;
            }
            Optional<RevisionPlan.Prints> lastFromFiles = lastFromFiles(key);
            RevisionPlan.Prints inFiles = check.inFiles().get(key);
            boolean asLastImported = lastFromFiles.isEmpty() ? inFiles == null
                    : inFiles != null && inFiles.sameAs(lastFromFiles.get());
            if (!asLastImported) {
                unexpected.add(key);
            }
        }
        if (!unexpected.isEmpty()) {
            throw new AuthoringRefusal("The bank files hold changes that were not imported (questions "
                    + String.join(", ", unexpected) + "); an export would overwrite them, so nothing was exported. "
                    + "Undo those changes in the files, or, for questions not changed in the browser, import them "
                    + "first.");
        }
    }

    /** The fingerprints of the question's newest revision that came from the files; empty if none did. */
    private Optional<RevisionPlan.Prints> lastFromFiles(String questionKey) {
        return em.createQuery("select r.fingerprint, r.metadataFingerprint from QuestionRevision r "
                + "where r.question.questionKey = :key and r.bankImport.kind = :files order by r.revisionNumber desc",
                Object[].class).setParameter("key", questionKey).setParameter("files", BankImport.Kind.FILES)
                .setMaxResults(1).getResultStream().findFirst()
                .map(row -> new RevisionPlan.Prints((String) row[0], (String) row[1]));
    }

    /**
     * The module as the database publishes it: the file's header, and every published question of the module that
     * is not retired, with its current content, oldest first (a question the file lacks is appended in this order).
     */
    private BankModule published(String moduleKey, BankModule header) {
        List<StoredQuestion> questions = em.createQuery("select q from StoredQuestion q where q.moduleKey = :m "
                + "and q.currentRevision > 0 and q.retired = false order by q.createdAt, q.questionKey",
                StoredQuestion.class).setParameter("m", moduleKey).getResultList();
        List<Question> contents = new ArrayList<>();
        List<Objective> objectives = new ArrayList<>(header.objectives());
        for (StoredQuestion question : questions) {
            BankModule current = bank.currentContent(question).orElseThrow();
            contents.add(current.questions().get(0));
            current.objectives().stream().filter(o -> objectives.stream().noneMatch(h -> h.id().equals(o.id())))
                    .forEach(objectives::add);
        }
        return new BankModule(moduleKey, header.title(), header.description(), objectives, contents);
    }

    private static Map<Path, byte[]> writeAll(Map<Path, String> texts) {
        Map<Path, byte[]> before = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> entry : texts.entrySet()) {
                Path target = entry.getKey();
                before.put(target, Files.readAllBytes(target));
                writeAtomically(target, entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            restore(before);
            throw new UncheckedIOException("could not write the exported module files: " + e.getMessage(), e);
        }
        return before;
    }

    /** A temporary file beside the target, moved over it, so a reader sees the old file or the new, never half. */
    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".export");
        try {
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restore(Map<Path, byte[]> before) {
        for (Map.Entry<Path, byte[]> entry : before.entrySet()) {
            try {
                writeAtomically(entry.getKey(), entry.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException("could not put back " + entry.getKey() + " after a failed export: "
                        + e.getMessage(), e);
            }
        }
    }
}
