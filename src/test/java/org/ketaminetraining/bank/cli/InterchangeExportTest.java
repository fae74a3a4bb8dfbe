package org.ketaminetraining.bank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.TestBanks;
import org.ketaminetraining.bank.interchange.ImportResult;
import org.ketaminetraining.bank.interchange.gift.GiftImporter;
import org.ketaminetraining.bank.interchange.moodlexml.MoodleXmlImporter;
import org.ketaminetraining.bank.interchange.ImportedModules;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;

class InterchangeExportTest {
    private static final String VALID = TestBanks.VALID.toString();
    private static final String ORDERING_LEFT_OUT =
            "question 'pk-004' (ordering) not exported: GIFT has no ordering questions";

    private final BankSnapshot bank = TestBanks.valid();

    @TempDir
    Path temp;

    @Test
    void giftExportFilesEachModuleUnderItsOwnCategoryAndNamesWhatItLeftOut() throws IOException {
        Path gift = temp.resolve("out/bank.gift");

        CommandRun run = CommandRun.interchange("export", VALID, "gift", gift.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEqualTo(ORDERING_LEFT_OUT + "\n");
        assertThat(run.out()).isEqualTo("wrote 7 of 8 question(s) in 2 categories to " + gift
                + "; the others are named above\n");
        String text = Files.readString(gift);
        assertThat(text).startsWith("$CATEGORY: $course$/top/Sample programme/Dosing\n// @module dosing\n\n");
        assertRoundTrip(GiftImporter.parse("bank.gift", text), true);
    }

    @Test
    void moodleXmlExportFilesEachModuleUnderItsOwnCategory() throws IOException {
        Path xml = temp.resolve("bank.xml");

        CommandRun run = CommandRun.interchange("export", VALID, "moodle-xml", xml.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        String text = Files.readString(xml);
        assertThat(text).contains("<question type=\"category\">",
                "<text>$course$/top/Sample programme/Pharmacokinetics</text>", "<idnumber>pharmacokinetics</idnumber>",
                "<question type=\"ordering\">");
        assertRoundTrip(MoodleXmlImporter.parse("bank.xml", text), false);
    }

    /** The same modules (id, title, questions) come back, with the objectives their questions serve. */
    private void assertRoundTrip(ImportResult imported, boolean gift) {
        assertThat(imported.problems()).isEmpty();
        List<BankModule> modules = ImportedModules.group(imported, "unfiled");
        assertThat(modules).extracting(BankModule::id).containsExactlyElementsOf(
                bank.modules().stream().map(BankModule::id).toList());
        for (int index = 0; index < modules.size(); index++) {
            BankModule original = bank.modules().get(index);
            List<Question> exportable = original.questions().stream()
                    .filter(q -> !gift || q.type() != QuestionType.ORDERING).toList();
            assertThat(modules.get(index).title()).isEqualTo(original.title());
            assertThat(modules.get(index).questions()).containsExactlyElementsOf(exportable);
            assertThat(modules.get(index).objectives()).extracting(Objective::id).containsExactlyElementsOf(
                    exportable.stream().map(Question::objectiveId).distinct().toList());
        }
    }

    @Test
    void yamlExportWritesABankThatLoadsBackToTheSameSnapshot() {
        Path directory = temp.resolve("bank");

        CommandRun run = CommandRun.interchange("export", VALID, "yaml", directory.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(directory.toFile().list()).containsExactlyInAnyOrder("dosing.yaml", "pharmacokinetics.yaml",
                "tags.yaml", "curriculum.yaml");
        BankLoadResult reloaded = BankLoader.load(directory);
        assertThat(reloaded.problems()).isEmpty();
        BankSnapshot copy = reloaded.snapshot().orElseThrow();
        assertThat(copy.fingerprints()).isEqualTo(bank.fingerprints());
        assertThat(copy.modules()).isEqualTo(bank.modules());
        assertThat(copy.tags()).isEqualTo(bank.tags());
        assertThat(copy.curriculum()).isEqualTo(bank.curriculum());
    }

    @Test
    void yamlExportRefusesADirectoryThatAlreadyHoldsFiles() throws IOException {
        Files.writeString(temp.resolve("old-module.yaml"), "format: 1\n");

        CommandRun run = CommandRun.interchange("export", VALID, "yaml", temp.toString());

        assertThat(run.status()).isEqualTo(Interchange.USAGE);
        assertThat(run.err()).contains("must be a new or empty directory");
    }

    @Test
    void anInvalidBankIsRefusedWithItsProblemsAndNothingIsWritten() {
        Path gift = temp.resolve("bank.gift");

        CommandRun run = CommandRun.interchange("export", "src/test/resources/banks/broken-duplicate-question-id",
                "gift", gift.toString());

        assertThat(run.status()).isEqualTo(Interchange.PROBLEMS);
        assertThat(run.err()).contains("dosing.yaml:9:9: question id 'dose-001' is not unique",
                "the bank has 2 problem(s); nothing exported");
        assertThat(gift).doesNotExist();
    }

    @Test
    void usageErrorsExitTwoAndSayHowToUseIt() {
        String target = temp.resolve("x").toString();
        assertUsage(CommandRun.interchange(), "no command given");
        assertUsage(CommandRun.interchange("convert", VALID), "unknown command 'convert'");
        assertUsage(CommandRun.interchange("export", VALID, "gift"), "export needs");
        assertUsage(CommandRun.interchange("export", VALID, "qti", target), "unknown format 'qti'");
        assertUsage(CommandRun.interchange("export", temp.resolve("missing").toString(), "gift", target),
                "is not a directory");
    }

    static void assertUsage(CommandRun run, String problem) {
        assertThat(run.status()).isEqualTo(Interchange.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(problem, "usage: Interchange export");
    }
}
