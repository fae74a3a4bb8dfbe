package org.ketaminetraining.scheduling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SchedulerPolicyTest {

    private final SchedulerPolicy defaults = SchedulerPolicy.defaults(ZoneId.of("Europe/Dublin"));

    @Test
    void defaultsAreTheClinicalOnes() {
        assertThat(defaults.learningSteps().steps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(defaults.relearningSteps().steps()).containsExactly(Duration.ofMinutes(10));
        assertThat(defaults.dayBoundary()).isEqualTo(new DayBoundary(ZoneId.of("Europe/Dublin"), 4));
        assertThat(defaults.maximumIntervalDays()).isEqualTo(365);
        assertThat(defaults.retention()).isEqualTo(RetentionPolicy.CLINICAL_DEFAULT);
        assertThat(defaults.fuzz()).isTrue();
    }

    @Test
    void withersChangeOneSettingOnly() {
        SchedulerPolicy changed = defaults.withMaximumIntervalDays(180).withFuzz(false);
        assertThat(changed.maximumIntervalDays()).isEqualTo(180);
        assertThat(changed.fuzz()).isFalse();
        assertThat(changed.learningSteps()).isEqualTo(defaults.learningSteps());
        assertThat(changed.withFuzz(true).withMaximumIntervalDays(365)).isEqualTo(defaults);
    }

    @Test
    void maximumIntervalMustBeAtLeastADay() {
        assertThatThrownBy(() -> defaults.withMaximumIntervalDays(0)).hasMessageContaining("1..36500");
    }
}
