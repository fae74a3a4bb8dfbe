package org.ketaminetraining.scheduling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.ItemClass;

class RetentionPolicyTest {

    @Test
    void clinicalDefaultsAimHigherForSafetyCriticalItems() {
        RetentionPolicy policy = RetentionPolicy.CLINICAL_DEFAULT;
        assertThat(policy.desiredRetention("any", ItemClass.STANDARD)).isEqualTo(0.90);
        assertThat(policy.desiredRetention("any", ItemClass.SAFETY_CRITICAL)).isEqualTo(0.95);
    }

    @Test
    void aProgrammeCanHaveItsOwnTargetsWithoutChangingOthers() {
        Map<String, RetentionTargets> byProgramme = new HashMap<>();
        byProgramme.put("anaesthesia-residents", new RetentionTargets(0.92, 0.97));
        RetentionPolicy policy = new RetentionPolicy(RetentionTargets.CLINICAL_DEFAULT, byProgramme);
        byProgramme.clear();

        assertThat(policy.desiredRetention("anaesthesia-residents", ItemClass.STANDARD)).isEqualTo(0.92);
        assertThat(policy.desiredRetention("anaesthesia-residents", ItemClass.SAFETY_CRITICAL)).isEqualTo(0.97);
        assertThat(policy.desiredRetention("ward-nurses", ItemClass.SAFETY_CRITICAL)).isEqualTo(0.95);
    }

    @Test
    void safetyCriticalTargetMayNotBeLowerThanStandard() {
        assertThatThrownBy(() -> new RetentionTargets(0.9, 0.85)).hasMessageContaining("must not be below");
    }

    @Test
    void retentionMustBeAProbabilityStrictlyBetweenZeroAndOne() {
        assertThatThrownBy(() -> RetentionTargets.uniform(1.0)).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> RetentionTargets.uniform(0)).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> RetentionTargets.uniform(Double.NaN)).hasMessageContaining("(0, 1)");
    }
}
