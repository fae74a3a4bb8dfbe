package org.ketaminetraining.certification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.compliance.DueState;

class ComplianceCountTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void everyStatusFallsInTheCountsAManagerExpects() {
        assertThat(counts(CompletionStatus.NOT_STARTED, null, DueState.NOT_ASSIGNED))
                .containsExactly(ComplianceCount.NOT_STARTED);
        assertThat(counts(CompletionStatus.ASSESSMENT_FAILED, null, DueState.OVERDUE))
                .containsExactly(ComplianceCount.IN_PROGRESS, ComplianceCount.OVERDUE);
        assertThat(counts(CompletionStatus.CERTIFIED, TODAY.plusDays(200), DueState.MET))
                .containsExactly(ComplianceCount.CERTIFIED);
        assertThat(counts(CompletionStatus.REFRESHER_DUE, TODAY.plusDays(75), DueState.MET))
                .containsExactly(ComplianceCount.CERTIFIED, ComplianceCount.EXPIRING_90,
                        ComplianceCount.REFRESHER_DUE);
        assertThat(counts(CompletionStatus.EXPIRED, TODAY.minusDays(1), DueState.NOT_ASSIGNED))
                .containsExactly(ComplianceCount.EXPIRED);
        assertThat(counts(CompletionStatus.REVOKED, TODAY.plusDays(10), DueState.NOT_ASSIGNED)).isEmpty();
    }

    @Test
    void expiringWithinCountsDaysToTheLastValidDayInclusive() {
        assertThat(counts(CompletionStatus.EXPIRING_SOON, TODAY.plusDays(30), DueState.MET)).contains(
                ComplianceCount.EXPIRING_30, ComplianceCount.EXPIRING_60, ComplianceCount.EXPIRING_90);
        assertThat(counts(CompletionStatus.EXPIRING_SOON, TODAY.plusDays(31), DueState.MET))
                .doesNotContain(ComplianceCount.EXPIRING_30).contains(ComplianceCount.EXPIRING_60);
        assertThat(counts(CompletionStatus.EXPIRING_SOON, TODAY, DueState.MET)).contains(ComplianceCount.EXPIRING_30);
        assertThat(counts(CompletionStatus.CERTIFIED, TODAY.plusDays(90), DueState.MET))
                .contains(ComplianceCount.EXPIRING_90).doesNotContain(ComplianceCount.EXPIRING_60);
        assertThat(counts(CompletionStatus.CERTIFIED, TODAY.plusDays(91), DueState.MET))
                .doesNotContain(ComplianceCount.EXPIRING_90);
    }

    private static java.util.List<ComplianceCount> counts(CompletionStatus status, LocalDate validThrough,
            DueState due) {
        return Arrays.stream(ComplianceCount.values())
                .filter(c -> c.includes(status, Optional.ofNullable(validThrough), due, TODAY)).toList();
    }
}
