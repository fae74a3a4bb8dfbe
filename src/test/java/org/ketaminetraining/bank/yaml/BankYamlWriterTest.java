package org.ketaminetraining.bank.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.TestBanks;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.Curriculum;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TagVocabulary;

class BankYamlWriterTest {
    private final BankSnapshot bank = TestBanks.valid();

    @Test
    void everyModuleReadsBackEqual() {
        for (BankModule module : bank.modules()) {
            String yaml = BankYamlWriter.writeModule(module);
            ParsedModuleFile reread = ModuleFileParser.parse(new SourceFile(module.id() + ".yaml", yaml), module.id(),
                    Optional.of(bank.tags()));
            assertThat(reread.problems()).as(yaml).isEmpty();
            assertThat(reread.module()).contains(module);
        }
    }

    @Test
    void everyModuleReadsBackEqualFromTheCompactForm() {
        for (BankModule module : bank.modules()) {
            String compact = BankYamlWriter.writeModuleCompact(module);
            ParsedModuleFile reread = ModuleFileParser.parse(new SourceFile(module.id() + ".json", compact),
                    module.id(), Optional.of(bank.tags()));
            assertThat(reread.problems()).as(compact).isEmpty();
            assertThat(reread.module()).contains(module);
            assertThat(compact.strip()).as("one line").doesNotContain("\n");
        }
    }

    @Test
    void compactFormIsJsonWithTextQuotedNumbersPlainAndOnlyTheUnprintableEscaped() {
        Question question = bank.module("dosing").orElseThrow().questions().get(0);
        Question tricky = new Question(question.id(), question.objectiveId(), question.tags(), question.difficulty(),
                question.expectedSeconds(), "Dose \"5\" or true?\tA\\B \u00e9 \u0085 \u2028 \ufeff \u0007 \u007f "
                        + "\ud83d\ude00 \ud800 \u03b1\nline two",
                question.answer(), question.explanation(),
                question.references());
        BankModule module = new BankModule("dosing", "Dosing", Optional.empty(),
                bank.module("dosing").orElseThrow().objectives(), List.of(tricky));

        String compact = BankYamlWriter.writeModuleCompact(module);

        assertThat(compact).startsWith("{\"format\": 1, \"module\": {\"id\": \"dosing\"");
        assertThat(compact).contains("\"stem\": \"Dose \\\"5\\\" or true?\\tA\\\\B \u00e9 \\u0085 \\u2028 \\uFEFF "
                + "\\u0007 \\u007F \ud83d\ude00 \\uD800 \u03b1\\nline two\\n\"");
        assertThat(compact).contains("\"answer\": 35, \"tolerance\": 0.5, \"unit\": \"mg\"");
        BankModule reread = ModuleFileParser.parse(new SourceFile("x.json", compact), "dosing", Optional.empty())
                .module().orElseThrow();
        assertThat(reread).isEqualTo(module);
    }

    @Test
    void writingIsStable() {
        BankModule module = bank.module("pharmacokinetics").orElseThrow();
        String once = BankYamlWriter.writeModule(module);
        BankModule reread = ModuleFileParser.parse(new SourceFile("x", once), module.id(), Optional.empty())
                .module().orElseThrow();
        assertThat(BankYamlWriter.writeModule(reread)).isEqualTo(once);
    }

    @Test
    void writesKeysInSpecOrderWithTheSchemaHint() {
        String yaml = BankYamlWriter.writeModule(bank.module("dosing").orElseThrow());
        assertThat(yaml).startsWith("# yaml-language-server: $schema=schema/module.schema.json\nformat: 1\nmodule:\n"
                + "  id: dosing\n  title: Dosing\n  objectives:\n");
        assertThat(yaml).contains(String.join("\n",
                "  - id: dose-001",
                "    type: numeric",
                "    objective: dose-depression",
                "    tags: [calculation, safety-critical]",
                "    difficulty: medium",
                "    expected_seconds: 60",
                "    stem: |",
                "      A 70 kg patient is prescribed the research protocol of **0.5 mg/kg** IV over 40 minutes.",
                "      What total dose is that?",
                "    answer: 35",
                "    tolerance: 0.5",
                "    unit: mg",
                "    explanation: 0.5 mg/kg x 70 kg = 35 mg, infused over 40 minutes.",
                "    references:",
                "      - title: Murrough JW et al."));
    }

    @Test
    void separatesQuestionsByOneBlankLineAndEndsWithOneLineBreak() {
        BankModule module = bank.module("dosing").orElseThrow();
        String yaml = BankYamlWriter.writeModule(module);
        assertThat(module.questions()).hasSizeGreaterThan(1);
        assertThat(yaml.split("\n\n  - id: ", -1)).hasSize(module.questions().size());
        assertThat(yaml).contains("questions:\n  - id: " + module.questions().get(0).id() + "\n")
                .endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r").doesNotContain("\n\n\n");
    }

    @Test
    void namesTheSchemaPathItIsGiven() {
        BankModule module = bank.module("dosing").orElseThrow();
        String overlay = BankYamlWriter.writeModule(module, BankYamlWriter.OVERLAY_MODULE_SCHEMA_PATH);
        assertThat(overlay).startsWith("# yaml-language-server: $schema=../schema/module.schema.json\nformat: 1\n");
        assertThat(overlay.substring(overlay.indexOf('\n')))
                .isEqualTo(BankYamlWriter.writeModule(module).substring(overlay.indexOf('\n') - 3));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BankYamlWriter.writeModule(module, "a\nformat: 2"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aModuleWithoutQuestionsHasNoBlankLine() {
        BankModule module = new BankModule("m", "M", Optional.empty(), List.of(new Objective("o", "O")), List.of());
        assertThat(BankYamlWriter.writeModule(module)).doesNotContain("\n\n").endsWith("questions: []\n");
    }

    @Test
    void quotesTextThatWouldOtherwiseReadAsANumberOrBoolean() {
        Question question = new Question("q-1", "obj", List.of(), Optional.empty(), OptionalInt.empty(),
                "Stem: with a colon # and hash", new ShortText(List.of("5", "true", "no", "0.50")), "Because.",
                List.of(new Reference("T", Optional.of("https://example.org"), Optional.empty())));
        BankModule module = new BankModule("m", "M", Optional.empty(), List.of(new Objective("obj", "O")),
                List.of(question));
        String yaml = BankYamlWriter.writeModule(module);
        assertThat(ModuleFileParser.parse(new SourceFile("m.yaml", yaml), "m", Optional.empty()).module())
                .contains(module);
    }

    @Test
    void keepsNumbersAsWritten() {
        Question question = new Question("q-2", "obj", List.of(), Optional.empty(), OptionalInt.empty(), "S",
                new NumericAnswer(new BigDecimal("0.00001"), new BigDecimal("0"), "mg"), "E",
                List.of(new Reference("T", Optional.empty(), Optional.of("C"))));
        BankModule module = new BankModule("m", "M", Optional.of("D"), List.of(new Objective("obj", "O")),
                List.of(question, question.equals(null) ? question : withId(question, "q-3")));
        String yaml = BankYamlWriter.writeModule(module);
        assertThat(yaml).contains("answer: 0.00001").contains("tolerance: 0\n");
        assertThat(ModuleFileParser.parse(new SourceFile("m.yaml", yaml), "m", Optional.empty()).module())
                .contains(module);
    }

    @Test
    void tagsAndCurriculumReadBackEqual() {
        String tagsYaml = BankYamlWriter.writeTags(bank.tags());
        TagsFileParser.Result tags = TagsFileParser.parse(new SourceFile("tags.yaml", tagsYaml));
        assertThat(tags.problems()).isEmpty();
        assertThat(tags.vocabulary()).isEqualTo(bank.tags());

        String curriculumYaml = BankYamlWriter.writeCurriculum(bank.curriculum());
        Map<String, OptionalInt> counts = bank.modules().stream()
                .collect(Collectors.toMap(BankModule::id, m -> OptionalInt.of(m.questions().size())));
        CurriculumFileParser.Result curriculum = CurriculumFileParser.parse(
                new SourceFile("curriculum.yaml", curriculumYaml), counts);
        assertThat(curriculum.problems()).as(curriculumYaml).isEmpty();
        assertThat(curriculum.curriculum()).contains(bank.curriculum());
    }

    @Test
    void aTotalItemsBlueprintReadsBackEqual() {
        AssessmentBlueprint finalAssessment = AssessmentBlueprint.ofTotal(5, 0.8, true, 3, 0, OptionalInt.empty());
        AssessmentBlueprint renewal = AssessmentBlueprint.ofTotal(3, 0.8, true, 3, 0, OptionalInt.empty());
        Programme demo = new Programme("demo-programme", "Demo", Optional.empty(), List.of("pharmacokinetics",
                "dosing"), 0.90, 0.95, 0, finalAssessment, Optional.of(renewal), 24, 60, 0.85,
                OptionalDouble.of(0.5), Optional.of("Demo provider"));
        Curriculum curriculum = new Curriculum("2026.1", List.of(demo));

        String yaml = BankYamlWriter.writeCurriculum(curriculum);

        assertThat(yaml).contains("    assessment:\n      total_items: 5\n      pass_mark: 0.8\n")
                .contains("    renewal_assessment:\n      total_items: 3\n").doesNotContain("items_per_module");
        Map<String, OptionalInt> counts = bank.modules().stream()
                .collect(Collectors.toMap(BankModule::id, m -> OptionalInt.of(m.questions().size())));
        CurriculumFileParser.Result reread = CurriculumFileParser.parse(new SourceFile("curriculum.yaml", yaml),
                counts);
        assertThat(reread.problems()).as(yaml).isEmpty();
        assertThat(reread.curriculum()).contains(curriculum);
    }

    @Test
    void emptyVocabularyAndSingleChoiceWithoutFeedbackStillRoundTrip() {
        assertThat(TagsFileParser.parse(new SourceFile("t", BankYamlWriter.writeTags(new TagVocabulary(List.of()))))
                .vocabulary().tags()).isEmpty();
        SingleChoice choice = new SingleChoice(List.of(ChoiceOption.correct("A"), ChoiceOption.wrong("B")));
        assertThat(choice.correctOption()).hasValue(0);
        assertThat(new Curriculum("1", List.of()).programme("x")).isEmpty();
    }

    private static Question withId(Question q, String id) {
        return new Question(id, q.objectiveId(), q.tags(), q.difficulty(), q.expectedSeconds(), q.stem(), q.answer(),
                q.explanation(), q.references());
    }
}
