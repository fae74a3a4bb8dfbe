package org.ketaminetraining.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketaminetraining.bank.validation.Problem;

/**
 * One broken bank per validation rule, each asserting the complete list of problems with exact positions, so a
 * change in wording or position is a deliberate decision, never an accident. Each fixture is the small valid bank
 * of {@code broken-*} with exactly one defect.
 */
class BrokenBankTest {
    static final Path BANKS = Path.of("src/test/resources/banks");

    static Stream<Arguments> brokenBanks() {
        return Stream.of(
                Arguments.of("broken-answer-key-of-other-type", List.of(
                        "broken-answer-key-of-other-type/dosing.yaml:19:5: question 'dose-001': 'answer' is not used by single_choice questions (single_choice takes options)")),
                Arguments.of("broken-duplicate-key", List.of(
                        "broken-duplicate-key/dosing.yaml:14:5: question 'dose-001': key 'stem' appears twice (first at line 13)")),
                Arguments.of("broken-duplicate-objective-id", List.of(
                        "broken-duplicate-objective-id/dosing.yaml:6:11: objective id 'dose-basics' is not unique; it is also used at broken-duplicate-objective-id/mechanism.yaml:6:11",
                        "broken-duplicate-objective-id/mechanism.yaml:6:11: objective id 'dose-basics' is not unique; it is also used at broken-duplicate-objective-id/dosing.yaml:6:11")),
                Arguments.of("broken-duplicate-question-id", List.of(
                        "broken-duplicate-question-id/dosing.yaml:9:9: question id 'dose-001' is not unique; it is also used at broken-duplicate-question-id/mechanism.yaml:9:9",
                        "broken-duplicate-question-id/mechanism.yaml:9:9: question id 'dose-001' is not unique; it is also used at broken-duplicate-question-id/dosing.yaml:9:9")),
                Arguments.of("broken-format-version", List.of(
                        "broken-format-version/dosing.yaml:1:9: 'format' must be 1 (the only version of the bank format), found the number 2")),
                Arguments.of("broken-html-in-feedback", List.of(
                        "broken-html-in-feedback/dosing.yaml:18:27: question 'dose-001', option 2: 'feedback' contains raw HTML '<em>'; write Markdown instead (raw HTML is never shown to learners)")),
                Arguments.of("broken-html-in-stem", List.of(
                        "broken-html-in-stem/dosing.yaml:15:7: question 'dose-001': 'stem' contains raw HTML '<b>'; write Markdown instead (raw HTML is never shown to learners)")),
                Arguments.of("broken-javascript-link", List.of(
                        "broken-javascript-link/dosing.yaml:22:11: question 'dose-001': 'explanation' has a link to 'javascript:alert(1)'; links must start with https://, http:// or mailto:")),
                Arguments.of("broken-matching-duplicate", List.of(
                        "broken-matching-duplicate/dosing.yaml:19:16: question 'dose-005', pair 3: 'right' repeats pair 2")),
                Arguments.of("broken-matching-too-few", List.of(
                        "broken-matching-too-few/dosing.yaml:14:7: question 'dose-005': matching needs 3 to 8 pairs, found 2")),
                Arguments.of("broken-missing-key", List.of(
                        "broken-missing-key/dosing.yaml:9:5: question 'dose-001': missing required key 'explanation'")),
                Arguments.of("broken-missing-tags-file", List.of(
                        "broken-missing-tags-file/tags.yaml: file is missing; every bank needs it for the tag vocabulary")),
                Arguments.of("broken-module-id-mismatch", List.of(
                        "broken-module-id-mismatch/dosing.yaml:3:7: module: id 'doses' must equal the file name without .yaml ('dosing')")),
                Arguments.of("broken-multiple-response-none-correct", List.of(
                        "broken-multiple-response-none-correct/dosing.yaml:14:7: question 'dose-002': multiple_response needs at least one correct option, found none")),
                Arguments.of("broken-not-enough-questions", List.of(
                        "broken-not-enough-questions/curriculum.yaml:8:25: programme 'test-programme': 'assessment' draws 2 items per module but module 'dosing' has only 1 question")),
                Arguments.of("broken-number-out-of-range", List.of(
                        "broken-number-out-of-range/curriculum.yaml:9:18: programme 'test-programme', assessment: 'pass_mark' must be more than 0 and at most 1, found 1.5")),
                Arguments.of("broken-numeric-missing-tolerance", List.of(
                        "broken-numeric-missing-tolerance/dosing.yaml:9:5: question 'dose-003': missing required key 'tolerance' (0 for an exact answer)")),
                Arguments.of("broken-numeric-missing-unit", List.of(
                        "broken-numeric-missing-unit/dosing.yaml:9:5: question 'dose-003': missing required key 'unit' (for example mg, mL, mg/kg or minutes)")),
                Arguments.of("broken-numeric-negative-tolerance", List.of(
                        "broken-numeric-negative-tolerance/dosing.yaml:15:16: question 'dose-003': 'tolerance' must be 0 or more, found -1")),
                Arguments.of("broken-ordering-duplicate", List.of(
                        "broken-ordering-duplicate/dosing.yaml:16:9: question 'dose-004': item 3 repeats item 1")),
                Arguments.of("broken-ordering-too-few", List.of(
                        "broken-ordering-too-few/dosing.yaml:14:7: question 'dose-004': ordering needs 3 to 8 items, found 2")),
                Arguments.of("broken-reference-bad-url", List.of(
                        "broken-reference-bad-url/dosing.yaml:22:14: question 'dose-001', reference 1: 'url' must be a web address starting with https:// or http://, found 'ftp://pfizermedicalinformation.com/ketam...'")),
                Arguments.of("broken-reference-no-title", List.of(
                        "broken-reference-no-title/dosing.yaml:21:9: question 'dose-001', reference 1: missing required key 'title'")),
                Arguments.of("broken-reference-no-url-or-citation", List.of(
                        "broken-reference-no-url-or-citation/dosing.yaml:21:9: question 'dose-001', reference 1: needs a 'url' or a 'citation' (or both)")),
                Arguments.of("broken-retention-out-of-range", List.of(
                        "broken-retention-out-of-range/curriculum.yaml:7:24: programme 'test-programme': 'desired_retention' must be more than 0.70 and less than 0.99, found 0.995")),
                Arguments.of("broken-script-in-option", List.of(
                        "broken-script-in-option/dosing.yaml:17:20: question 'dose-001', option 2: 'text' contains raw HTML '<script>'; write Markdown instead (raw HTML is never shown to learners)")),
                Arguments.of("broken-short-text-no-accepted", List.of(
                        "broken-short-text-no-accepted/dosing.yaml:13:15: question 'dose-006': short_text needs at least one accepted answer")),
                Arguments.of("broken-single-choice-none-correct", List.of(
                        "broken-single-choice-none-correct/dosing.yaml:15:7: question 'dose-001': single_choice needs exactly one correct option, found none")),
                Arguments.of("broken-single-choice-two-correct", List.of(
                        "broken-single-choice-two-correct/dosing.yaml:15:7: question 'dose-001': single_choice needs exactly one correct option, found 2")),
                Arguments.of("broken-unknown-key", List.of(
                        "broken-unknown-key/dosing.yaml:13:5: question 'dose-001': unknown key 'stme' (did you mean 'stem'?)")),
                Arguments.of("broken-unknown-module", List.of(
                        "broken-unknown-module/curriculum.yaml:6:32: programme 'test-programme': required module 'mechanism' has no module file (mechanism.yaml) in this directory")),
                Arguments.of("broken-unknown-objective", List.of(
                        "broken-unknown-objective/dosing.yaml:11:16: question 'dose-001': unknown objective 'dose-advanced'; module 'dosing' has dose-basics")),
                Arguments.of("broken-unknown-tag", List.of(
                        "broken-unknown-tag/dosing.yaml:12:12: question 'dose-001': unknown tag 'calculations' (not in tags.yaml); did you mean 'calculation'?")),
                Arguments.of("broken-unknown-type", List.of(
                        "broken-unknown-type/dosing.yaml:10:11: question 'dose-001': 'type' must be one of single_choice, multiple_response, true_false, numeric, ordering, matching, short_text, found 'multiple_choice'")),
                Arguments.of("broken-wrong-type", List.of(
                        "broken-wrong-type/dosing.yaml:16:18: question 'dose-001', option 1: 'correct' must be true or false, found the text 'yes'")),
                Arguments.of("broken-yaml-syntax", List.of(
                        "broken-yaml-syntax/dosing.yaml:13:9: YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence that starts at line 12, column 11)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBanks")
    void reportsExactlyTheExpectedProblems(String bank, List<String> expected) {
        BankLoadResult result = BankLoader.load(BANKS.resolve(bank));

        assertThat(result.isValid()).isFalse();
        assertThat(result.snapshot()).isEmpty();
        assertThat(relative(result.problems())).containsExactlyElementsOf(expected);
    }

    static List<String> relative(List<Problem> problems) {
        String prefix = BANKS.toString() + "/";
        return problems.stream().map(p -> p.toString().replace(prefix, "")).toList();
    }
}
