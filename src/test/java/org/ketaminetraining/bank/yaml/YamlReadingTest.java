package org.ketaminetraining.bank.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.validation.Problem;

/** Details of reading that the broken-bank fixtures do not each need a directory for. */
class YamlReadingTest {

    private static List<String> problems(String yaml) {
        return ModuleFileParser.parse(new SourceFile("m.yaml", yaml), "m", Optional.empty()).problems().stream()
                .map(Problem::toString).toList();
    }

    private static final String HEAD = """
            format: 1
            module:
              id: m
              title: M
              objectives:
                - id: o
                  text: O
            questions:
            """;

    @Test
    void yesAndNoStayTextAsInYaml12() {
        String yaml = HEAD + """
                  - id: q-1
                    type: single_choice
                    objective: o
                    stem: Is it?
                    options:
                      - text: yes
                        correct: true
                      - text: no
                    explanation: E
                    references: [{title: T, citation: C}]
                """;
        assertThat(problems(yaml)).isEmpty();
    }

    @Test
    void reportsBooleansInTextFieldsAndTextInNumberFields() {
        String yaml = HEAD + """
                  - id: q-1
                    type: numeric
                    objective: o
                    stem: true
                    answer: "35"
                    tolerance: .inf
                    unit: mg
                    expected_seconds: 4000
                    difficulty: trivial
                    explanation: E
                    references: [{title: T, citation: C}]
                """;
        assertThat(problems(yaml)).containsExactly(
                "m.yaml:12:11: question 'q-1': 'stem' must be text, found the value true; put it in quotes",
                "m.yaml:13:13: question 'q-1': 'answer' must be a decimal number, found the text '35'",
                "m.yaml:14:16: question 'q-1': 'tolerance' must be a decimal number, found the number .inf",
                "m.yaml:16:23: question 'q-1': 'expected_seconds' must be a whole number from 1 to 3600, found 4000",
                "m.yaml:17:17: question 'q-1': 'difficulty' must be one of easy, medium, hard, found 'trivial'");
    }

    @Test
    void namesAQuestionWithoutIdByItsPosition() {
        String yaml = HEAD + """
                  - type: true_false
                    objective: o
                    stem: S
                    answer: false
                    explanation: E
                    references: [{title: T, url: "https://example.org"}]
                  - just text
                """;
        assertThat(problems(yaml)).containsExactly(
                "m.yaml:9:5: question 1: missing required key 'id'",
                "m.yaml:15:5: question 2 must be a mapping of keys, found the text 'just text'");
    }

    @Test
    void rejectsASecondDocumentAndAnEmptyModule() {
        assertThat(problems("format: 1\n---\nformat: 1\n")).contains(
                "m.yaml:3:1: only one YAML document is allowed per file; remove the extra '---'");
        assertThat(problems("format: 1\nmodule: {id: m, title: M, objectives: []}\nquestions: []\nextra: 1\n"))
                .containsExactly(
                        "m.yaml:2:39: module: needs at least one objective",
                        "m.yaml:4:1: unknown key 'extra'");
    }

    @Test
    void pointsInsideQuotedScalarsAtTheirStart() {
        String yaml = HEAD + """
                  - id: q-1
                    type: true_false
                    objective: o
                    stem: "Is <i>this</i> safe?"
                    answer: false
                    feedback_true: >
                      Folded <b>text</b>
                    explanation: E
                    references: [{title: T, url: "javascript:alert(1)"}]
                """;
        assertThat(problems(yaml)).containsExactly(
                "m.yaml:12:11: question 'q-1': 'stem' contains raw HTML '<i>'; write Markdown instead (raw HTML is"
                        + " never shown to learners)",
                "m.yaml:14:20: question 'q-1': 'feedback_true' contains raw HTML '<b>'; write Markdown instead (raw"
                        + " HTML is never shown to learners)",
                "m.yaml:17:34: question 'q-1', reference 1: 'url' must be a web address starting with https:// or"
                        + " http://, found 'javascript:alert(1)'");
    }
}
