package org.ketaminetraining.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

class BankLoaderTest {

    @Nested
    class ValidBank {
        private final BankLoadResult result = BankLoader.load(TestBanks.VALID);
        private final BankSnapshot bank = result.snapshot().orElseThrow();

        @Test
        void isValidWithCounts() {
            assertThat(result.isValid()).isTrue();
            assertThat(result.problems()).isEmpty();
            assertThat(result.fileCount()).isEqualTo(4);
            assertThat(result.questionCount()).isEqualTo(8);
        }

        @Test
        void modulesAreSortedByIdAndKeepQuestionOrder() {
            assertThat(bank.modules()).extracting(m -> m.id()).containsExactly("dosing", "pharmacokinetics");
            assertThat(bank.module("pharmacokinetics").orElseThrow().questions()).extracting(Question::id)
                    .containsExactly("pk-001", "pk-002", "pk-003", "pk-004");
            assertThat(bank.moduleOf("dose-002")).map(m -> m.id()).contains("dosing");
            assertThat(bank.question("nope")).isEmpty();
        }

        @Test
        void readsEveryFieldOfASingleChoiceQuestion() {
            Question question = bank.question("pk-001").orElseThrow();
            assertThat(question.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
            assertThat(question.objectiveId()).isEqualTo("pk-routes");
            assertThat(question.tags()).isEmpty();
            assertThat(question.difficulty()).contains(Difficulty.EASY);
            assertThat(question.expectedSeconds()).isEqualTo(OptionalInt.of(30));
            assertThat(question.stem())
                    .as("the literal block's final line break is presentation, not content")
                    .isEqualTo("What is the approximate **oral** bioavailability of racemic ketamine?");
            SingleChoice answer = (SingleChoice) question.answer();
            assertThat(answer.options()).extracting(ChoiceOption::text)
                    .containsExactly("About 20%", "About 50%", "About 93%");
            assertThat(answer.correctOption()).hasValue(0);
            assertThat(answer.options().get(2).feedback()).contains("That is the intramuscular figure.");
            assertThat(question.references()).singleElement()
                    .satisfies(r -> assertThat(r.url()).isPresent())
                    .satisfies(r -> assertThat(r.citation()).isEmpty());
        }

        @Test
        void readsTypedAnswerData() {
            assertThat(bank.question("dose-001").orElseThrow().answer())
                    .isEqualTo(new NumericAnswer(new BigDecimal("35"), new BigDecimal("0.5"), "mg"));
            assertThat(bank.question("dose-003").orElseThrow().answer())
                    .as("a quoted \"5\" and the plain words are all text")
                    .isEqualTo(new ShortText(List.of("5", "five", "5 minutes")));
            TrueFalse trueFalse = (TrueFalse) bank.question("pk-003").orElseThrow().answer();
            assertThat(trueFalse.answer()).isTrue();
            assertThat(trueFalse.feedbackFalse())
                    .contains("It is active, with about one third of ketamine's activity.");
            assertThat(bank.question("dose-001").orElseThrow().isSafetyCritical()).isTrue();
        }

        @Test
        void appliesCurriculumDefaults() {
            Programme minimal = bank.curriculum().programme("minimal-programme").orElseThrow();
            assertThat(minimal.desiredRetention()).isEqualTo(0.90);
            assertThat(minimal.safetyCriticalRetention()).isEqualTo(0.95);
            assertThat(minimal.minimumSpacingDays()).isEqualTo(1);
            assertThat(minimal.renewalAssessment()).isEmpty();
            assertThat(minimal.contactHours()).isEmpty();
            assertThat(minimal.provider()).isEmpty();
            assertThat(minimal.description()).isEmpty();
        }

        @Test
        void readsAFullProgrammeWithInheritedRenewalSettings() {
            Programme sample = bank.curriculum().programme("sample-programme").orElseThrow();
            assertThat(bank.curriculum().version()).isEqualTo("2026.1-test");
            assertThat(sample.requiredModules()).containsExactly("pharmacokinetics", "dosing");
            assertThat(sample.desiredRetention()).isEqualTo(0.85);
            assertThat(sample.safetyCriticalRetention()).isEqualTo(0.95);
            assertThat(sample.assessment())
                    .isEqualTo(new AssessmentBlueprint(2, 0.80, true, 3, 24, OptionalInt.of(60)));
            assertThat(sample.renewalAssessment())
                    .contains(new AssessmentBlueprint(1, 0.75, true, 3, 24, OptionalInt.of(60)));
            assertThat(sample.validityMonths()).isEqualTo(24);
            assertThat(sample.renewalWindowDays()).isEqualTo(60);
            assertThat(sample.refresherRecallThreshold()).isEqualTo(0.80);
            assertThat(sample.contactHours()).isEqualTo(OptionalDouble.of(1.5));
            assertThat(sample.provider()).isEqualTo(Optional.of("Test Provider"));
            assertThat(sample.retentionTargetFor(bank.question("dose-001").orElseThrow())).isEqualTo(0.95);
            assertThat(sample.retentionTargetFor(bank.question("pk-001").orElseThrow())).isEqualTo(0.85);
        }

        @Test
        void fingerprintsEveryQuestion() {
            assertThat(bank.fingerprints()).hasSize(8);
            assertThat(bank.fingerprint("pk-001")).hasValueSatisfying(f -> assertThat(f).matches("[0-9a-f]{64}"));
            assertThat(bank.fingerprints().values()).doesNotHaveDuplicates();
        }

        @Test
        void readsTheTagVocabulary() {
            assertThat(bank.tags().ids()).containsExactly("safety-critical", "scenario", "calculation", "esketamine");
            assertThat(bank.tags().tag("scenario")).hasValueSatisfying(t -> assertThat(t.description()).isNotBlank());
        }
    }

    @Nested
    class WholeDirectory {
        @TempDir
        Path dir;

        @Test
        void reportsEveryProblemInOneRunAcrossFiles() throws IOException {
            copyValidBank();
            replace("pharmacokinetics.yaml", "      - text: About 50%\n",
                    "      - text: About 50%\n        correct: true\n");
            replace("pharmacokinetics.yaml", "tags: [esketamine]", "tags: [esketamin]");
            replace("dosing.yaml", "    unit: mg\n", "");
            replace("dosing.yaml", "id: dose-003", "id: pk-001");
            replace("curriculum.yaml", "[pharmacokinetics, dosing]", "[pharmacokinetics, dosing, mechanism]");

            BankLoadResult result = BankLoader.load(dir);

            assertThat(result.snapshot()).isEmpty();
            assertThat(result.questionCount()).isEqualTo(8);
            assertThat(result.problems()).extracting(p -> p.toString().replace(dir + "/", "")).containsExactly(
                    "curriculum.yaml:7:50: programme 'sample-programme': required module 'mechanism' has no module"
                            + " file (mechanism.yaml) in this directory",
                    "dosing.yaml:12:5: question 'dose-001': missing required key 'unit' (for example mg, mL, mg/kg"
                            + " or minutes)",
                    "dosing.yaml:43:9: question id 'pk-001' is not unique; it is also used at"
                            + " pharmacokinetics.yaml:13:9",
                    "pharmacokinetics.yaml:13:9: question id 'pk-001' is not unique; it is also used at"
                            + " dosing.yaml:43:9",
                    "pharmacokinetics.yaml:22:7: question 'pk-001': single_choice needs exactly one correct"
                            + " option, found 2",
                    "pharmacokinetics.yaml:39:12: question 'pk-002': unknown tag 'esketamin' (not in tags.yaml);"
                            + " did you mean 'esketamine'?");
        }

        @Test
        void reportsFilesThatCannotBeBankFiles() throws IOException {
            copyValidBank();
            Files.writeString(dir.resolve("notes.yml"), "format: 1\n");
            Files.write(dir.resolve("latin1.yaml"), new byte[]{'a', ':', ' ', (byte) 0xE9, '\n'});
            Files.writeString(dir.resolve("empty.yaml"), "");

            List<String> problems = BankLoader.load(dir).problems().stream()
                    .map(p -> p.toString().replace(dir + "/", "")).toList();

            assertThat(problems).contains(
                    "empty.yaml: the file is empty",
                    "latin1.yaml: file is not UTF-8 text; save it as UTF-8",
                    "notes.yml: bank files must end in .yaml, not .yml; rename it so it is not silently skipped");
        }

        @Test
        void aMissingDirectoryIsOneProblem() {
            BankLoadResult result = BankLoader.load(dir.resolve("absent"));
            assertThat(result.problems()).extracting(Object::toString).containsExactly(dir.resolve("absent")
                    + ": not a directory");
            assertThat(result.fileCount()).isZero();
        }

        private void copyValidBank() throws IOException {
            try (var files = Files.list(TestBanks.VALID)) {
                for (Path file : files.toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
        }

        private void replace(String file, String from, String to) throws IOException {
            String text = Files.readString(dir.resolve(file));
            assertThat(text).contains(from);
            Files.writeString(dir.resolve(file), text.replace(from, to));
        }
    }

    /** The valid sample bank with an overlay directory beside it, as demo mode loads questions/demo. */
    @Nested
    class WithOverlay {
        private static final String OVERLAY_MODULE = """
                format: 1
                module:
                  id: overlay-basics
                  title: Overlay basics
                  objectives:
                    - id: overlay-obj
                      text: Recall one fact.
                questions:
                  - id: overlay-001
                    type: true_false
                    objective: overlay-obj
                    tags: [safety-critical]
                    stem: Ketamine is a Schedule III drug in the United States.
                    answer: true
                    explanation: Ketamine, its salts and isomers have been in Schedule III since 1999.
                    references: [{title: DEA final rule, citation: Fed Reg 64:37673}]
                  - id: overlay-002
                    type: true_false
                    objective: overlay-obj
                    tags: [calculation]
                    stem: One esketamine device delivers 28 mg.
                    answer: true
                    explanation: Each device delivers 28 mg as two sprays.
                    references: [{title: Label, citation: Section 2}]
                """;
        private static final String OVERLAY_CURRICULUM = """
                format: 1
                version: "2026.1-test"
                programmes:
                  - id: overlay-programme
                    title: Overlay programme
                    required_modules: [overlay-basics, dosing]
                    minimum_spacing_days: 0
                    assessment:
                      total_items: 3
                      pass_mark: 0.8
                      all_safety_critical_correct: true
                      max_attempts: 3
                      cooldown_hours: 0
                    validity_months: 24
                    renewal_window_days: 60
                    refresher_recall_threshold: 0.85
                """;

        @TempDir
        Path dir;
        Path main;
        Path overlay;

        @org.junit.jupiter.api.BeforeEach
        void copyBanks() throws IOException {
            main = dir.resolve("questions");
            overlay = main.resolve("demo");
            Files.createDirectories(overlay);
            try (var files = Files.list(TestBanks.VALID)) {
                for (Path file : files.toList()) {
                    Files.copy(file, main.resolve(file.getFileName()));
                }
            }
            Files.writeString(overlay.resolve("overlay-basics.yaml"), OVERLAY_MODULE);
            Files.writeString(overlay.resolve("curriculum.yaml"), OVERLAY_CURRICULUM);
        }

        private List<String> problems() {
            return BankLoader.load(main, Optional.of(overlay)).problems().stream()
                    .map(p -> p.toString().replace(dir + "/", "")).toList();
        }

        @Test
        void addsTheOverlayModulesAndAppendsItsProgrammes() {
            BankLoadResult result = BankLoader.load(main, Optional.of(overlay));

            assertThat(result.problems()).isEmpty();
            assertThat(result.fileCount()).isEqualTo(6);
            assertThat(result.questionCount()).isEqualTo(10);
            BankSnapshot bank = result.snapshot().orElseThrow();
            assertThat(bank.modules()).extracting(m -> m.id()).containsExactly("dosing", "overlay-basics",
                    "pharmacokinetics");
            assertThat(bank.moduleOf("overlay-001")).map(m -> m.id()).contains("overlay-basics");
            assertThat(bank.question("overlay-001")).hasValueSatisfying(q -> assertThat(q.isSafetyCritical())
                    .as("tags come from the main tags.yaml").isTrue());
            assertThat(bank.curriculum().version()).isEqualTo("2026.1-test");
            assertThat(bank.curriculum().programmes()).extracting(Programme::id)
                    .containsExactly("sample-programme", "minimal-programme", "overlay-programme");
            assertThat(bank.curriculum().programme("overlay-programme").orElseThrow().assessment().itemCounts(2))
                    .containsExactly(2, 1);
        }

        @Test
        void withoutTheOverlayTheSubdirectoryIsIgnored() {
            BankLoadResult result = BankLoader.load(main);
            assertThat(result.problems()).isEmpty();
            assertThat(result.fileCount()).isEqualTo(4);
            BankSnapshot bank = result.snapshot().orElseThrow();
            assertThat(bank.curriculum().programme("overlay-programme")).isEmpty();
            assertThat(bank.question("overlay-001")).isEmpty();
            assertThat(BankLoader.load(main, Optional.empty()).snapshot().orElseThrow().curriculum())
                    .isEqualTo(bank.curriculum());
        }

        @Test
        void problemsInOverlayFilesAreReportedWithTheOverlayPath() throws IOException {
            replace(overlay.resolve("overlay-basics.yaml"), "tags: [calculation]", "tags: [calculations]");
            replace(overlay.resolve("curriculum.yaml"), "total_items: 3", "total_items: 3\n      items_per_module: 1");

            assertThat(problems()).containsExactly(
                    "questions/demo/curriculum.yaml:9:20: programme 'overlay-programme', assessment: give either"
                            + " 'items_per_module' (the same number from every module) or 'total_items' (a total"
                            + " spread over the modules), not both",
                    "questions/demo/overlay-basics.yaml:20:12: question 'overlay-002': unknown tag 'calculations'"
                            + " (not in tags.yaml); did you mean 'calculation'?");
        }

        @Test
        void anOverlayCannotReplaceAModuleOrAProgrammeOfTheMainBank() throws IOException {
            replace(overlay.resolve("curriculum.yaml"), "id: overlay-programme", "id: sample-programme");
            Files.writeString(overlay.resolve("dosing.yaml"), OVERLAY_MODULE.replace("id: overlay-basics",
                    "id: dosing").replace("overlay-0", "dosing-overlay-0").replace("overlay-obj", "dosing-obj"));

            assertThat(problems()).containsExactly(
                    "questions/demo/curriculum.yaml:4:9: programme id 'sample-programme' is already used by the main"
                            + " curriculum at questions/curriculum.yaml:4:9; an overlay adds programmes and cannot"
                            + " replace one",
                    "questions/demo/dosing.yaml:3:7: module 'dosing' is already a module of the main bank"
                            + " (questions/dosing.yaml:4:7); an overlay adds modules and cannot replace one, so give"
                            + " this one an id of its own");
        }

        @Test
        void questionIdsMustBeUniqueAcrossTheMainBankAndTheOverlay() throws IOException {
            replace(overlay.resolve("overlay-basics.yaml"), "id: overlay-002", "id: pk-001");

            assertThat(problems()).containsExactly(
                    "questions/demo/overlay-basics.yaml:17:9: question id 'pk-001' is not unique; it is also used at"
                            + " questions/pharmacokinetics.yaml:13:9",
                    "questions/pharmacokinetics.yaml:13:9: question id 'pk-001' is not unique; it is also used at"
                            + " questions/demo/overlay-basics.yaml:17:9");
        }

        @Test
        void theOverlayCarriesTheMainVersionUsesTheMainTagsAndHasItsOwnCurriculum() throws IOException {
            replace(overlay.resolve("curriculum.yaml"), "version: \"2026.1-test\"", "version: \"2026.2\"");
            Files.writeString(overlay.resolve("tags.yaml"), "format: 1\ntags: []\n");

            assertThat(problems()).containsExactly(
                    "questions/demo/curriculum.yaml:2:10: version '2026.2' differs from the main curriculum's"
                            + " '2026.1-test' (questions/curriculum.yaml:2:10); an overlay extends that curriculum"
                            + " and carries its version",
                    "questions/demo/tags.yaml: an overlay uses the tags of questions/tags.yaml and has no tags.yaml"
                            + " of its own; add any new tag there and remove this file");

            Files.delete(overlay.resolve("curriculum.yaml"));
            assertThat(problems()).contains("questions/demo/curriculum.yaml: file is missing; an overlay needs it for"
                    + " the programmes it adds");
        }

        @Test
        void theMainCurriculumCannotRequireAnOverlayModule() throws IOException {
            replace(main.resolve("curriculum.yaml"), "[pharmacokinetics, dosing]",
                    "[pharmacokinetics, dosing, overlay-basics]");

            assertThat(problems()).containsExactly("questions/curriculum.yaml:7:50: programme 'sample-programme':"
                    + " required module 'overlay-basics' has no module file (overlay-basics.yaml) in this directory");
        }

        @Test
        void aMissingOverlayDirectoryIsOneProblem() {
            BankLoadResult result = BankLoader.load(main, Optional.of(main.resolve("absent")));
            assertThat(result.problems()).extracting(Object::toString)
                    .containsExactly(main.resolve("absent") + ": not a directory");
        }

        private void replace(Path file, String from, String to) throws IOException {
            String text = Files.readString(file);
            assertThat(text).contains(from);
            Files.writeString(file, text.replace(from, to));
        }
    }
}
