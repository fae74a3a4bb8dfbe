package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.bank.service.BankImportService;
import org.ketaminetraining.bank.service.BankStartupImport;
import org.ketaminetraining.bank.service.ImportSummary;
import org.ketaminetraining.bank.service.ModuleOverview;

/**
 * Importing the real bank (questions/) on Liberty and Derby: idempotent, revisioned, atomic. Every test ends by
 * importing the shipped files again, so the server is left serving exactly them.
 */
@ExtendWith(ArquillianExtension.class)
class BankImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("bank-it.war", BankImportIT.class, BankQueries.class, BankFiles.class);
    }

    @Inject
    private BankImportService banks;

    @Inject
    private BankStartupImport startupImport;
    @Inject
    private Callers callers;
    @Inject
    private BankQueries stored;

    @Test
    void theShippedBankWasImportedAtStartAndReimportingItChangesNothing() {
        ImportSummary atStart = banks.lastApplied(callers.admin()).orElseThrow();
        assertTrue(atStart.questions() >= 200, "questions at start: " + atStart.questions());
        List<ModuleOverview> modules = banks.modules(callers.admin());
        // The test server runs in demo mode, so the two modules of the demo overlay (questions/demo) come too.
        assertEquals(11, modules.size());
        assertTrue(modules.stream().map(ModuleOverview::moduleKey).toList()
                .containsAll(List.of("demo-essentials-pharmacology", "demo-essentials-safety")), modules.toString());
        assertEquals(atStart.questions(), modules.stream().mapToLong(ModuleOverview::questions).sum());

        banks.importNow(callers.admin());
        ImportSummary again = banks.importNow(callers.admin());
        assertTrue(again.applied());
        assertEquals(0, again.added() + again.revised() + again.retired());
        assertEquals(atStart.questions(), again.unchanged());
    }

    @Test
    void aStartWithTheFilesOfTheLastAppliedImportDoesNotReadThemAgain() {
        // Whatever earlier tests imported, the database now matches the shipped files.
        ImportSummary applied = banks.importNow(callers.admin());
        assertTrue(applied.applied());
        ImportSummary atStart = startupImport.importAtStartup();
        assertEquals(applied.id(), atStart.id(), "the start-up should have recognised the last applied import");
        assertEquals(applied.id(), banks.recent(callers.admin(), 1).get(0).id(), "no new import was recorded");
    }

    @Test
    void aStartAfterTheFilesChangedImportsThem() throws IOException {
        Path copy = copyOfShippedBank();
        try {
            // The last applied import now comes from another folder with other content than the shipped one.
            replaceIn(copy.resolve("pharmacokinetics.yaml"), "Match each route of racemic ketamine",
                    "Match each route of administration of racemic ketamine");
            ImportSummary fromCopy = banks.importFrom(callers.admin(), copy);
            assertTrue(fromCopy.applied(), String.join("\n", fromCopy.problems()));
            ImportSummary atStart = startupImport.importAtStartup();
            assertTrue(atStart.id() > fromCopy.id(), "the start-up should have imported the shipped files");
            assertEquals(1, atStart.revised());
        } finally {
            restore(copy);
        }
    }

    @Test
    void aChangedQuestionGetsANewRevisionAndKeepsItsIdentity() throws IOException {
        Path copy = copyOfShippedBank();
        try {
            long idBefore = stored.questionId("pk-001");
            replaceIn(copy.resolve("pharmacokinetics.yaml"), "Match each route of racemic ketamine",
                    "Match each route of administration of racemic ketamine");
            ImportSummary changed = banks.importFrom(callers.admin(), copy);
            assertTrue(changed.applied(), String.join("\n", changed.problems()));
            assertEquals(1, changed.revised());
            assertEquals(0, changed.added() + changed.retired());
            assertEquals(idBefore, stored.questionId("pk-001"));
            List<Integer> revisions = stored.revisionNumbers("pk-001");
            assertTrue(revisions.size() >= 2, "revisions: " + revisions);
            String current = stored.currentContent("pk-001");
            assertTrue(current.contains("route of administration"), current);
        } finally {
            restore(copy);
        }
        String restored = stored.currentContent("pk-001");
        assertFalse(restored.contains("route of administration"));
    }

    /**
     * Issue 16: the content fingerprint leaves the tags out, so a file that only made a question safety-critical was
     * ignored by the import, and learners kept studying it at the ordinary retention target.
     */
    @Test
    void aFileThatOnlyMakesAQuestionSafetyCriticalGivesItANewRevision() throws IOException {
        Path copy = copyOfShippedBank();
        try {
            int revisionsBefore = stored.revisionNumbers("pk-001").size();
            replaceIn(copy.resolve("pharmacokinetics.yaml"), "  - id: pk-001\n    type: matching\n"
                    + "    objective: pk-obj-routes\n    tags: [racemic]",
                    "  - id: pk-001\n    type: matching\n"
                            + "    objective: pk-obj-routes\n    tags: [racemic, safety-critical]");
            ImportSummary tagged = banks.importFrom(callers.admin(), copy);
            assertTrue(tagged.applied(), String.join("\n", tagged.problems()));
            assertEquals(1, tagged.revised());
            assertEquals(revisionsBefore + 1, stored.revisionNumbers("pk-001").size());
            assertTrue(stored.currentContent("pk-001").contains("safety-critical"));
            assertTrue(stored.isCurrentlySafetyCritical("pk-001"));
        } finally {
            restore(copy);
        }
        assertFalse(stored.isCurrentlySafetyCritical("pk-001"), "the shipped files' tags are back");
    }

    @Test
    void aQuestionRemovedFromTheFilesIsRetiredNotDeletedAndComesBack() throws IOException {
        Path copy = copyOfShippedBank();
        try {
            replaceIn(copy.resolve("pharmacokinetics.yaml"), "- id: pk-001", "- id: pk-901");
            ImportSummary renamed = banks.importFrom(callers.admin(), copy);
            assertTrue(renamed.applied(), String.join("\n", renamed.problems()));
            // pk-901 is new, or reinstated if an earlier run on this database already imported it.
            assertEquals(1, renamed.added() + renamed.revised());
            assertEquals(1, renamed.retired());
            assertTrue(stored.isRetired("pk-001"));
            assertFalse(stored.isRetired("pk-901"));
        } finally {
            ImportSummary back = restore(copy);
            assertEquals(1, back.revised(), "pk-001 reinstated");
            assertEquals(1, back.retired(), "pk-901 retired");
        }
        assertFalse(stored.isRetired("pk-001"));
        assertTrue(stored.isRetired("pk-901"), "retired, never deleted");
    }

    @Test
    void oneBrokenFileMeansNothingOfThatImportChanges() throws IOException {
        Path copy = copyOfShippedBank();
        try {
            long revisionsBefore = stored.revisionCount();
            replaceIn(copy.resolve("pharmacokinetics.yaml"), "Match each route of racemic ketamine",
                    "A changed stem that must not be imported");
            replaceIn(copy.resolve("dosing.yaml"), "type: single_choice", "type: essay");
            ImportSummary refused = banks.importFrom(callers.admin(), copy);
            assertFalse(refused.applied());
            assertTrue(refused.problemCount() >= 1);
            assertTrue(refused.problems().get(0).matches(".*dosing\\.yaml:\\d+:\\d+: .*"), refused.problems().get(0));
            assertEquals(revisionsBefore, stored.revisionCount());
            assertEquals(refused.id(), banks.recent(callers.admin(), 1).get(0).id());
        } finally {
            restore(copy);
        }
    }

    private Path copyOfShippedBank() throws IOException {
        return BankFiles.copyOf(banks.questionsDirectory(callers.admin()));
    }

    private ImportSummary restore(Path copy) {
        BankFiles.delete(copy);
        ImportSummary restored = banks.importNow(callers.admin());
        assertTrue(restored.applied());
        return restored;
    }

    private static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }
}
