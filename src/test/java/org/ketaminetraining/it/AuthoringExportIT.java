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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.bank.service.BankImportService;
import org.ketaminetraining.bank.service.ImportSummary;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.bank.service.authoring.DraftView;
import org.ketaminetraining.bank.service.authoring.ExportOutcome;
import org.ketaminetraining.bank.service.authoring.ExportPlan;
import org.ketaminetraining.bank.service.authoring.QuestionDetail;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Files and the browser agree (issue 16): a file import that would undo a web change not yet exported is refused
 * naming the question, and accepted once the change is exported; a web edit exported and imported again changes
 * nothing, and the module file's diff shows only the edited question. Exports write into a copy of the shipped bank,
 * never into the repository's questions/. (JUnit's assertions: the test runs inside the server.)
 */
@ExtendWith(ArquillianExtension.class)
class AuthoringExportIT {

    private static final String MODULE = "pharmacokinetics";

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("authoring-export-it.war", AuthoringExportIT.class, AuthoringFixture.class,
                BankQueries.class, BankFiles.class);
    }

    @Inject
    private AuthoringService authoring;
    @Inject
    private BankImportService banks;
    @Inject
    private AuthoringFixture fixture;
    @Inject
    private BankQueries stored;
    @Inject
    private Callers callers;

    private Path copy;
    private SignedInUser alice;
    private SignedInUser bob;

    @BeforeEach
    void copyOfTheShippedBank() throws IOException {
        copy = fixture.importCopyOfShippedBank();
        alice = fixture.newEducator();
        bob = fixture.newEducator();
    }

    @AfterEach
    void shippedBankAgain() {
        fixture.restoreShippedBank(copy);
    }

    @Test
    void aWebEditExportedAndImportedAgainChangesNothingAndTheFileDiffShowsOnlyThatQuestion() throws IOException {
        Path file = copy.resolve(MODULE + ".yaml");
        List<String> before = Files.readAllLines(file, StandardCharsets.UTF_8);
        QuestionDetail published = fixture.publishStemEdit(alice, bob, "pk-008", " (edited in the browser)");

        ExportPlan plan = authoring.pendingExport(alice);
        assertEquals(List.of(MODULE), plan.modules());
        assertEquals(List.of("pk-008"), plan.questionKeys());
        ExportOutcome exported = authoring.exportChanges(alice);
        assertEquals(List.of(MODULE + ".yaml"), exported.filesWritten());
        assertEquals(0, exported.questionsChangedByReimport());
        assertTrue(authoring.pendingExport(alice).isEmpty());
        assertFalse(authoring.question(alice, "pk-008").pendingExport());

        List<String> after = Files.readAllLines(file, StandardCharsets.UTF_8);
        int first = 0;
        while (first < before.size() && first < after.size() && before.get(first).equals(after.get(first))) {
            first++;
        }
        int lastBefore = before.size() - 1;
        int lastAfter = after.size() - 1;
        while (lastBefore >= first && lastAfter >= first && before.get(lastBefore).equals(after.get(lastAfter))) {
            lastBefore--;
            lastAfter--;
        }
        int block = before.indexOf("  - id: pk-008");
        int next = before.indexOf("  - id: pk-009");
        assertTrue(first > block && lastBefore < next, "changed lines " + (first + 1) + "-" + (lastBefore + 1)
                + " lie outside pk-008 (lines " + (block + 1) + "-" + next + "): " + after.subList(first,
                        Math.max(first, lastAfter + 1)));
        assertTrue(String.join("\n", after.subList(first, lastAfter + 1)).contains("(edited in the browser)"));

        ImportSummary again = banks.importFrom(callers.admin(), copy);
        assertTrue(again.applied(), again.problems().toString());
        assertEquals(0, again.added() + again.revised() + again.retired(), "the re-import changes nothing");
        assertEquals(published.publishedRevision(), authoring.question(alice, "pk-008").publishedRevision());
    }

    @Test
    void aFileImportThatWouldUndoAWebRevisionIsRefusedNamingItAndAcceptedAfterTheExport() throws IOException {
        QuestionDetail published = fixture.publishStemEdit(alice, bob, "pk-006", " (web)");
        // Someone edits the same question in the file meanwhile.
        BankFiles.reviseStem(copy, MODULE, "pk-006", " (file)");

        ImportSummary refused = banks.importFrom(callers.admin(), copy);
        assertFalse(refused.applied());
        assertEquals(1, refused.problemCount(), refused.problems().toString());
        assertTrue(refused.problems().get(0).startsWith("question pk-006: revision " + published.publishedRevision()
                + " was published in the browser on "), refused.problems().get(0));
        assertTrue(refused.problems().get(0).contains("Export changes first"), refused.problems().get(0));
        assertTrue(stored.currentContent("pk-006").contains("(web)"), "nothing of the refused import applied");
        assertEquals(published.publishedRevision(), authoring.question(alice, "pk-006").publishedRevision());

        // Nor does the export write the web revision over the file's edit: the file holds a change nobody imported.
        assertThrowsRefusal(() -> authoring.exportChanges(alice), "pk-006");
        // Put the file back as it was imported, export, then the file edit imports as usual.
        Files.write(copy.resolve(MODULE + ".yaml"), Files.readAllLines(
                banks.questionsDirectory(callers.admin()).resolve(MODULE + ".yaml"), StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        authoring.exportChanges(alice);
        assertTrue(Files.readString(copy.resolve(MODULE + ".yaml")).contains("(web)"));
        BankFiles.reviseStem(copy, MODULE, "pk-006", " (file)");
        ImportSummary accepted = banks.importFrom(callers.admin(), copy);
        assertTrue(accepted.applied(), accepted.problems().toString());
        assertEquals(1, accepted.revised());
        String current = stored.currentContent("pk-006");
        assertTrue(current.contains("(web)") && current.contains("(file)"), current);
    }

    @Test
    void aWebRetirementNotExportedRefusesFilesThatStillHoldTheQuestion() {
        authoring.retire(alice, "pk-004");
        ImportSummary refused = banks.importFrom(callers.admin(), copy);
        assertFalse(refused.applied());
        assertTrue(refused.problems().get(0).startsWith("question pk-004 was retired in the browser"),
                refused.problems().toString());
        authoring.exportChanges(alice);
        assertFalse(BankFiles.moduleFileText(copy, MODULE).contains("  - id: pk-004\n"), "the export removed it");
        ImportSummary again = banks.importFrom(callers.admin(), copy);
        assertTrue(again.applied(), again.problems().toString());
        assertEquals(0, again.added() + again.revised() + again.retired());
        assertTrue(stored.isRetired("pk-004"));
    }

    @Test
    void aQuestionWrittenInTheBrowserIsAppendedToItsModuleFileAndItsIdIsRefusedToFilesWhileItIsADraft()
            throws IOException {
        DraftView copied = authoring.copyAsNew(alice, "pk-008");
        String id = copied.questionKey();
        DraftView saved = authoring.save(alice, id, AuthoringFixture.withStem(copied.content(), "A question "
                + "written in the browser about the half-life of norketamine?"), copied.version());
        assertTrue(saved.isComplete(), saved.problems().toString());

        // A file that names the id while it is being written is refused.
        Path file = copy.resolve(MODULE + ".yaml");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, original.replace("  - id: pk-009\n", "  - id: " + id + "\n"),
                StandardCharsets.UTF_8);
        ImportSummary refused = banks.importFrom(callers.admin(), copy);
        assertFalse(refused.applied());
        assertTrue(refused.problems().stream().anyMatch(p -> p.startsWith("question " + id + " is being written in "
                + "the browser as a new question")), refused.problems().toString());
        Files.writeString(file, original, StandardCharsets.UTF_8);

        DraftView submitted = authoring.submitForReview(alice, id, saved.version());
        QuestionDetail published = authoring.approve(bob, id, "", submitted.version());
        assertEquals(1, published.publishedRevision());
        authoring.exportChanges(bob);
        List<String> before = original.lines().toList();
        List<String> after = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(before, after.subList(0, before.size()), "the file's questions stay as they were, in order");
        assertEquals("  - id: " + id, after.stream().filter(l -> l.startsWith("  - id: ")).reduce((a, b) -> b)
                .orElseThrow(), "appended at the end");
        ImportSummary again = banks.importFrom(callers.admin(), copy);
        assertTrue(again.applied(), again.problems().toString());
        assertEquals(0, again.added() + again.revised() + again.retired());
    }

    private static void assertThrowsRefusal(org.junit.jupiter.api.function.Executable call, String mentioned) {
        org.ketaminetraining.bank.service.authoring.AuthoringRefusal refusal = org.junit.jupiter.api.Assertions
                .assertThrows(org.ketaminetraining.bank.service.authoring.AuthoringRefusal.class, call);
        assertTrue(refusal.getMessage().contains(mentioned), refusal.getMessage());
    }
}
