package org.ketaminetraining.insight.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyAccuracyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static List<MonthlyAccuracy.Answer> answers(String at, int right, int wrong) {
        List<MonthlyAccuracy.Answer> answers = new ArrayList<>();
        for (int i = 0; i < right + wrong; i++) {
            answers.add(new MonthlyAccuracy.Answer(Instant.parse(at), i < right));
        }
        return answers;
    }

    @Test
    void countsEachMonthAndFillsTheEmptyOnesBetween() {
        List<MonthlyAccuracy.Answer> answers = new ArrayList<>(answers("2026-01-15T10:00:00Z", 3, 1));
        answers.addAll(answers("2026-03-02T10:00:00Z", 1, 1));

        List<MonthlyAccuracy.Month> months = MonthlyAccuracy.of(answers, LONDON, 2);

        assertThat(months).extracting(MonthlyAccuracy.Month::month).containsExactly(YearMonth.of(2026, 1),
                YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(months.get(0).answers()).isEqualTo(4);
        assertThat(months.get(0).accuracy()).hasValue(0.75);
        assertThat(months.get(1).answers()).isZero();
        assertThat(months.get(1).accuracy()).isEmpty();
        assertThat(months.get(2).accuracy()).hasValue(0.5);
    }

    @Test
    void aMonthBelowTheGateHasItsCountButNoShare() {
        List<MonthlyAccuracy.Month> months = MonthlyAccuracy.of(answers("2026-01-15T10:00:00Z", 2, 1), LONDON, 4);

        assertThat(months).singleElement().satisfies(month -> {
            assertThat(month.answers()).isEqualTo(3);
            assertThat(month.correct()).isEqualTo(2);
            assertThat(month.accuracy()).isEmpty();
        });
    }

    @Test
    void theMonthIsTheOrganisationsNotUtcs() {
        // 23:30 UTC on 31 January is already 1 February in Auckland.
        List<MonthlyAccuracy.Month> months = MonthlyAccuracy.of(answers("2026-01-31T23:30:00Z", 1, 0),
                ZoneId.of("Pacific/Auckland"), 1);

        assertThat(months).extracting(MonthlyAccuracy.Month::month).containsExactly(YearMonth.of(2026, 2));
    }

    @Test
    void noAnswersNoMonthsAndAGateBelowOneIsRefused() {
        assertThat(MonthlyAccuracy.of(List.of(), LONDON, 1)).isEmpty();
        assertThatThrownBy(() -> MonthlyAccuracy.of(List.of(), LONDON, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
