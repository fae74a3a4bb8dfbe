package org.ketaminetraining.bank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.TestBanks;
import org.ketaminetraining.bank.interchange.gift.GiftExporter;
import org.ketaminetraining.bank.interchange.moodlexml.MoodleXmlExporter;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.yaml.ModuleFileParser;
import org.ketaminetraining.bank.yaml.ParsedModuleFile;
import org.ketaminetraining.bank.yaml.SourceFile;
import org.ketaminetraining.bank.model.Question;

class InterchangeImportTest {
    private final BankSnapshot bank = TestBanks.valid();

    @TempDir
    Path temp;

    /** A copy of the valid bank without the dosing module, for an import to put back. */
    private Path bankWithoutDosing() throws IOException {
        Path directory = Files.createDirectory(temp.resolve("bank"));
        try (Stream<Path> files = Files.list(TestBanks.VALID)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("dosing.yaml")).toList()) {
                Files.copy(file, directory.resolve(file.getFileName()));
            }
        }
        return directory;
    }

    private List<Question> dosing() {
        return bank.module("dosing").orElseThrow().questions();
    }

    @Test
    void ourOwnGiftComesBackAsAModuleTheBankAcceptsUnchanged() throws IOException {
        Path gift = Files.writeString(temp.resolve("dosing.gift"), GiftExporter.export(dosing()).content());
        Path directory = bankWithoutDosing();

        CommandRun run = CommandRun.interchange("import", gift.toString(), "dosing",
                directory.resolve("dosing.yaml").toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("imported 4 question(s) as drafts into ");
        assertSameQuestions(BankLoader.load(directory));
    }

    @Test
    void ourOwnMoodleXmlComesBackAsAModuleTheBankAcceptsUnchanged() throws IOException {
        Path xml = Files.writeString(temp.resolve("dosing.xml"), MoodleXmlExporter.export(dosing()).content());
        Path directory = bankWithoutDosing();

        CommandRun run = CommandRun.interchange("import", xml.toString(), "dosing",
                directory.resolve("dosing.yaml").toString());

        assertThat(run.status()).isZero();
        assertSameQuestions(BankLoader.load(directory));
    }

    private void assertSameQuestions(BankLoadResult reloaded) {
        assertThat(reloaded.problems()).isEmpty();
        BankSnapshot copy = reloaded.snapshot().orElseThrow();
        assertThat(copy.module("dosing").orElseThrow().questions()).isEqualTo(dosing());
        assertThat(copy.fingerprints()).isEqualTo(bank.fingerprints());
    }

    @Test
    void foreignQuestionsGetThePlaceholderObjectiveAndTheValidatorAsksForIt() throws IOException {
        Path gift = Files.writeString(temp.resolve("moodle.gift"), "::Capital:: The capital of France? {=Paris}\n");
        Path directory = bankWithoutDosing();
        Path module = directory.resolve("dosing.yaml");

        CommandRun run = CommandRun.interchange("import", gift.toString(), "dosing", module.toString());

        assertThat(run.status()).isZero();
        assertThat(Files.readString(module)).contains("  - id: TODO-objective\n", "    objective: TODO-objective\n");
        CommandRun validation = CommandRun.validate(directory.toString());
        assertThat(validation.status()).isEqualTo(ValidateBanks.PROBLEMS);
        assertThat(validation.out()).contains("'TODO-objective'");
    }

    @Test
    void importProblemsArePrintedAsFileAndLineAndWhatWasImportedIsStillWritten() throws IOException {
        Path gift = Files.writeString(temp.resolve("mixed.gift"),
                "::Essay:: Discuss ketamine. {}\n\n::Metabolite:: The main metabolite? {=norketamine}\n");
        Path module = temp.resolve("imported.yaml");

        CommandRun run = CommandRun.interchange("import", gift.toString(), "imported", module.toString());

        assertThat(run.status()).isEqualTo(Interchange.PROBLEMS);
        assertThat(run.err()).isEqualTo(gift + ":1: question 'Essay': not imported: essay questions ({}) have no"
                + " counterpart in the bank\n");
        assertThat(Files.readString(module)).contains("id: metabolite").doesNotContain("essay");
    }

    @Test
    void aWholeBankExportedToMoodleComesBackWithItsModulesIntoADirectory() throws IOException {
        long all = bank.modules().stream().mapToLong(m -> m.questions().size()).sum();
        Path xml = temp.resolve("bank.xml");
        assertThat(CommandRun.interchange("export", TestBanks.VALID.toString(), "moodle-xml", xml.toString())
                .status()).isZero();
        Path directory = temp.resolve("modules");

        CommandRun run = CommandRun.interchange("import", xml.toString(), "unfiled", directory.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains(xml + ": " + all + " imported (0 with changes), 0 refused");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .isEqualTo(bank.modules().stream().map(m -> m.id() + ".yaml").sorted().toList());
        }
        for (BankModule module : bank.modules()) {
            Path file = directory.resolve(module.id() + ".yaml");
            ParsedModuleFile parsed = ModuleFileParser.parse(new SourceFile(file.toString(), Files.readString(file)),
                    module.id(), Optional.of(bank.tags()));
            assertThat(parsed.problems()).isEmpty();
            BankModule back = parsed.module().orElseThrow();
            assertThat(back.title()).isEqualTo(module.title());
            assertThat(back.objectives()).extracting(Objective::id)
                    .isEqualTo(module.objectives().stream().map(Objective::id).toList());
            assertThat(back.questions()).isEqualTo(module.questions());
        }
    }

    @Test
    void severalCategoriesIntoOneYamlFileIsAUsageErrorAndWritesNothing() throws IOException {
        Path xml = temp.resolve("bank.xml");
        CommandRun.interchange("export", TestBanks.VALID.toString(), "moodle-xml", xml.toString());
        Path module = temp.resolve("all.yaml");

        CommandRun run = CommandRun.interchange("import", xml.toString(), "all", module.toString());

        assertThat(run.status()).isEqualTo(Interchange.USAGE);
        assertThat(run.err()).contains("categories, one module each; give a directory");
        assertThat(module).doesNotExist();
    }

    @Test
    void aFileWithNothingImportableExitsOne() throws IOException {
        Path xml = Files.writeString(temp.resolve("empty.xml"), "<quiz></quiz>\n");

        CommandRun run = CommandRun.interchange("import", xml.toString(), "empty", temp.resolve("e.yaml").toString());

        assertThat(run.status()).isEqualTo(Interchange.PROBLEMS);
        assertThat(run.err()).contains("nothing was imported");
    }

    @Test
    void unreadableXmlIsReportedWithItsLine() throws IOException {
        Path xml = Files.writeString(temp.resolve("broken.xml"), "<quiz>\n<question>\n</quiz>\n");

        CommandRun run = CommandRun.interchange("import", xml.toString(), "broken", temp.resolve("b.yaml").toString());

        assertThat(run.status()).isEqualTo(Interchange.PROBLEMS);
        assertThat(run.err()).startsWith(xml + ":3: not readable as XML");
    }

    @Test
    void usageErrorsExitTwoAndWriteNothing() throws IOException {
        Path gift = Files.writeString(temp.resolve("q.gift"), "::Q:: Q? {=A}\n");
        Path existing = Files.writeString(temp.resolve("existing.yaml"), "keep me");
        String target = temp.resolve("new.yaml").toString();

        assertUsage(CommandRun.interchange("import", gift.toString(), "m"), "import needs");
        assertUsage(CommandRun.interchange("import", temp.resolve("q.doc").toString(), "m", target),
                "must end in .gift or .txt (GIFT) or .xml");
        assertUsage(CommandRun.interchange("import", gift.toString(), "Not_Kebab", target), "must be kebab-case");
        assertUsage(CommandRun.interchange("import", temp.resolve("missing.gift").toString(), "m", target),
                "is not a file");
        assertUsage(CommandRun.interchange("import", gift.toString(), "m", existing.toString()), "never overwrites");
        assertThat(Path.of(target)).doesNotExist();
        assertThat(existing).hasContent("keep me");
    }

    private static void assertUsage(CommandRun run, String problem) {
        assertThat(run.status()).isEqualTo(Interchange.USAGE);
        assertThat(run.err()).contains(problem, "usage: Interchange export");
    }
}
