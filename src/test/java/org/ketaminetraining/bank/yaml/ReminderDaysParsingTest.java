package org.ketaminetraining.bank.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.Curriculum;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.ReminderDays;
import org.ketaminetraining.bank.validation.Problem;

/** A programme's {@code reminders} in curriculum.yaml: optional, bounded, errors at their line, written back. */
class ReminderDaysParsingTest {

    /** {@code reminders} goes on line 16, after refresher_recall_threshold. */
    private static String curriculum(String reminders) {
        return """
                format: 1
                version: "1"
                programmes:
                  - id: demo
                    title: Demo
                    required_modules: [pharmacology]
                    assessment:
                      items_per_module: 1
                      pass_mark: 0.8
                      all_safety_critical_correct: true
                      max_attempts: 3
                      cooldown_hours: 0
                    validity_months: 24
                    renewal_window_days: 60
                    refresher_recall_threshold: 0.85
                %s""".formatted(reminders.indent(4));
    }

    private static CurriculumFileParser.Result parse(String yaml) {
        return CurriculumFileParser.parse(new SourceFile("curriculum.yaml", yaml),
                Map.of("pharmacology", OptionalInt.of(4)));
    }

    private static List<String> problems(String yaml) {
        return parse(yaml).problems().stream().map(Problem::toString).toList();
    }

    private static ReminderDays reminders(String yaml) {
        CurriculumFileParser.Result result = parse(yaml);
        assertThat(result.problems()).isEmpty();
        return result.curriculum().orElseThrow().programme("demo").orElseThrow().reminders();
    }

    @Test
    void absentRemindersAreTheDefaults() {
        assertThat(reminders(curriculum(""))).isEqualTo(ReminderDays.DEFAULTS);
        assertThat(ReminderDays.DEFAULTS.beforeDue()).containsExactly(30, 14, 7);
        assertThat(ReminderDays.DEFAULTS.beforeExpiry()).containsExactly(90, 60, 30);
    }

    @Test
    void givenDaysReplaceTheDefaultsAndAListLeftOutKeepsItsDefault() {
        ReminderDays days = reminders(curriculum("reminders:\n  before_due: [3, 21]\n"));
        assertThat(days.beforeDue()).as("longest first").containsExactly(21, 3);
        assertThat(days.beforeExpiry()).containsExactly(90, 60, 30);
    }

    @Test
    void valuesOutOfBoundsAreNamedAtTheirLine() {
        assertThat(problems(curriculum("reminders:\n  before_due: [30, 0]\n  before_expiry: [366]\n")))
                .containsExactly(
                        "curriculum.yaml:17:24: programme 'demo', reminders: 'before_due' must be a whole number"
                                + " from 1 to 365, found 0",
                        "curriculum.yaml:18:23: programme 'demo', reminders: 'before_expiry' must be a whole number"
                                + " from 1 to 365, found 366");
    }

    @Test
    void moreThanTenValuesARepeatAndAnUnknownKeyAreRefused() {
        List<String> found = problems(curriculum(
                "reminders:\n  before_due: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n  before_expiry: [30, 30]\n"
                        + "  after_due: [1]\n"));
        assertThat(found).hasSize(3);
        assertThat(found).anyMatch(p -> p.startsWith("curriculum.yaml:19:") && p.contains("after_due"));
        assertThat(found).anyMatch(p -> p.startsWith("curriculum.yaml:17:") && p.contains("at most 10 values"));
        assertThat(found).anyMatch(p -> p.startsWith("curriculum.yaml:18:") && p.contains("lists 30 twice"));
    }

    @Test
    void theWriterKeepsNonDefaultDaysAndLeavesDefaultsOut() {
        Programme parsed = parse(curriculum("reminders:\n  before_due: [10]\n  before_expiry: [45, 15]\n"))
                .curriculum().orElseThrow().programme("demo").orElseThrow();
        String written = BankYamlWriter.writeCurriculum(new Curriculum("1", List.of(parsed)));
        assertThat(written).contains("reminders:").contains("before_due: [10]").contains("before_expiry: [45, 15]");
        Programme again = parse(written).curriculum().orElseThrow().programme("demo").orElseThrow();
        assertThat(again).isEqualTo(parsed);

        Programme defaults = parse(curriculum("")).curriculum().orElseThrow().programme("demo").orElseThrow();
        assertThat(BankYamlWriter.writeCurriculum(new Curriculum("1", List.of(defaults)))).doesNotContain("reminders");
    }
}
