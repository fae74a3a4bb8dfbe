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
            assertThat(trueFalse.feedbackFalse()).contains("It is active, with about one third of ketamine's activity.");
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
            replace("pharmacokinetics.yaml", "      - text: About 50%\n", "      - text: About 50%\n        correct: true\n");
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
            Files.write(dir.resolve("latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
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
}
