package org.ketaminetraining.bank.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.yaml.ModuleFileParser;
import org.ketaminetraining.bank.yaml.SourceFile;

class ContentFingerprintTest {
    private static final String HEAD = "format: 1\nmodule: {id: m, title: M, objectives: [{id: o, text: O}, "
            + "{id: p, text: P}]}\nquestions:\n";

    private static Question parse(String questionYaml) {
        return ModuleFileParser.parse(new SourceFile("m.yaml", HEAD + questionYaml), "m", Optional.empty())
                .module().orElseThrow(() -> new AssertionError("invalid: " + questionYaml))
                .questions().get(0);
    }

    private static final Question BASE = new Question("q-1", "o", List.of("scenario"), Optional.of(Difficulty.EASY),
            OptionalInt.of(30), "What is the oral bioavailability?",
            new SingleChoice(List.of(new ChoiceOption("About 20%", true, Optional.of("Right.")),
                    ChoiceOption.wrong("About 90%"))),
            "First-pass metabolism.", List.of(Reference.withUrl("Label", "https://example.org/label")));

    @Test
    void yamlLayoutCommentsQuotingAndKeyOrderDoNotMatter() {
        Question plain = parse("""
                  - id: q-1
                    type: single_choice
                    objective: o
                    stem: What is the oral bioavailability?
                    options:
                      - {text: About 20%, correct: true, feedback: Right.}
                      - text: About 90%
                    explanation: First-pass metabolism.
                    references: [{title: Label, url: "https://example.org/label"}]
                """);
        Question reshaped = parse("""
                  # a comment an author added
                  - references:
                      - url: https://example.org/label
                        title: 'Label'
                    explanation: |
                      First-pass metabolism.
                    options:
                      - feedback: "Right."
                        correct: true
                        text: About 20%
                      - text: "About 90%"
                        correct: false
                    stem: >-
                      What is the oral
                      bioavailability?
                    objective: p
                    type: single_choice
                    difficulty: hard
                    id: q-1
                """);
        assertThat(ContentFingerprint.of(reshaped)).isEqualTo(ContentFingerprint.of(plain))
                .isEqualTo(ContentFingerprint.of(BASE));
    }

    @Test
    void filingMetadataDoesNotChangeTheFingerprint() {
        Question refiled = new Question("q-2", "p", List.of("safety-critical"), Optional.empty(), OptionalInt.empty(),
                BASE.stem(), BASE.answer(), BASE.explanation(), BASE.references());
        assertThat(ContentFingerprint.of(refiled)).isEqualTo(ContentFingerprint.of(BASE));
    }

    @Test
    void everythingALearnerSeesOrIsGradedOnChangesIt() {
        List<UnaryOperator<Question>> changes = List.of(
                q -> with(q, "Changed stem?", q.answer(), q.explanation(), q.references()),
                q -> with(q, q.stem(), choice(new ChoiceOption("About 25%", true, Optional.of("Right.")),
                        ChoiceOption.wrong("About 90%")), q.explanation(), q.references()),
                q -> with(q, q.stem(), choice(new ChoiceOption("About 20%", true, Optional.of("Right!")),
                        ChoiceOption.wrong("About 90%")), q.explanation(), q.references()),
                q -> with(q, q.stem(), choice(new ChoiceOption("About 20%", true, Optional.empty()),
                        ChoiceOption.wrong("About 90%")), q.explanation(), q.references()),
                q -> with(q, q.stem(), choice(ChoiceOption.wrong("About 90%"),
                        new ChoiceOption("About 20%", true, Optional.of("Right."))), q.explanation(), q.references()),
                q -> with(q, q.stem(), q.answer(), "Another explanation.", q.references()),
                q -> with(q, q.stem(), q.answer(), q.explanation(), List.of(Reference.withUrl("Label",
                        "https://example.org/other"))));
        String original = ContentFingerprint.of(BASE);
        for (UnaryOperator<Question> change : changes) {
            assertThat(ContentFingerprint.of(change.apply(BASE))).isNotEqualTo(original);
        }
    }

    @Test
    void numbersCompareByValueAndUnitsAndTolerancesCount() {
        Question five = with(BASE, "S", numeric("5", "0.5", "mg"), "E", List.of());
        assertThat(ContentFingerprint.of(with(BASE, "S", numeric("5.00", "0.50", "mg"), "E", List.of())))
                .isEqualTo(ContentFingerprint.of(five));
        assertThat(ContentFingerprint.of(with(BASE, "S", numeric("5", "0.5", "mL"), "E", List.of())))
                .isNotEqualTo(ContentFingerprint.of(five));
        assertThat(ContentFingerprint.of(with(BASE, "S", numeric("5", "1", "mg"), "E", List.of())))
                .isNotEqualTo(ContentFingerprint.of(five));
    }

    @Test
    void lengthPrefixesKeepFieldBoundaries() {
        Question a = with(BASE, "ab", BASE.answer(), "c", List.of());
        Question b = with(BASE, "a", BASE.answer(), "bc", List.of());
        assertThat(ContentFingerprint.of(a)).isNotEqualTo(ContentFingerprint.of(b));
    }

    @Test
    void theCanonicalFormIsPinned() {
        assertThat(ContentFingerprint.canonicalForm(BASE)).isEqualTo("""
                ketamine-training-question-fingerprint-v1
                type=13:single_choice
                stem=33:What is the oral bioavailability?
                options=1:2
                option.text=9:About 20%
                option.correct=4:true
                option.feedback=6:Right.
                option.text=9:About 90%
                option.correct=5:false
                option.feedback=-
                explanation=22:First-pass metabolism.
                references=1:1
                reference.title=5:Label
                reference.url=25:https://example.org/label
                reference.citation=-
                """);
        assertThat(ContentFingerprint.of(BASE)).isEqualTo(PINNED);
    }

    /** Checked independently: the canonical form above piped through sha256sum. */
    private static final String PINNED = "4cf8e4b5783875f4198f2da9f5cc583bb054d79b64a5641b1ee7b8aef8532d0f";

    private static SingleChoice choice(ChoiceOption... options) {
        return new SingleChoice(List.of(options));
    }

    private static NumericAnswer numeric(String answer, String tolerance, String unit) {
        return new NumericAnswer(new BigDecimal(answer), new BigDecimal(tolerance), unit);
    }

    private static Question with(Question q, String stem, org.ketaminetraining.bank.model.AnswerSpec answer,
            String explanation, List<Reference> references) {
        return new Question(q.id(), q.objectiveId(), q.tags(), q.difficulty(), q.expectedSeconds(), stem, answer,
                explanation, references);
    }
}
