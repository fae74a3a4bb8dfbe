package org.ketaminetraining.certification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.certification.rules.AttemptDecision.Verdict;

class AttemptRulesTest {

    private static final AssessmentBlueprint THREE_A_DAY_APART = Programmes.blueprint(5, 0.8, true, 3, 24);
    private static final Instant FIRST = Instant.parse("2025-06-02T09:00:00Z");

    @Test
    void theFirstAttemptMayStartAtOnce() {
        AttemptDecision decision = AttemptRules.decide(THREE_A_DAY_APART, List.of(), false, FIRST);
        assertThat(decision.verdict()).isEqualTo(Verdict.MAY_START);
        assertThat(decision.mayStart()).isTrue();
        assertThat(decision.attemptsLeft()).isEqualTo(3);
        assertThat(decision.notBefore()).isEmpty();
    }

    @Test
    void theCooldownEndsExactlyCooldownHoursAfterTheLastAttempt() {
        Instant ends = FIRST.plus(Duration.ofHours(24));
        AttemptDecision waiting = AttemptRules.decide(THREE_A_DAY_APART, List.of(FIRST), false,
                ends.minusSeconds(1));
        assertThat(waiting.verdict()).isEqualTo(Verdict.COOLING_DOWN);
        assertThat(waiting.notBefore()).contains(ends);
        assertThat(waiting.attemptsLeft()).isEqualTo(2);
        assertThat(AttemptRules.decide(THREE_A_DAY_APART, List.of(FIRST), false, ends).verdict())
                .isEqualTo(Verdict.MAY_START);
    }

    @Test
    void theCooldownRunsFromTheLatestAttemptWhateverTheOrderGiven() {
        Instant second = FIRST.plus(Duration.ofHours(30));
        AttemptDecision decision = AttemptRules.decide(THREE_A_DAY_APART, List.of(second, FIRST), false,
                second.plus(Duration.ofHours(1)));
        assertThat(decision.notBefore()).contains(second.plus(Duration.ofHours(24)));
        assertThat(decision.attemptsLeft()).isEqualTo(1);
    }

    @Test
    void theCooldownIsElapsedHoursEvenAcrossADaylightSavingChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant beforeTheChange = LocalDateTime.of(2025, 3, 29, 12, 0).atZone(berlin).toInstant();
        AttemptDecision decision = AttemptRules.decide(THREE_A_DAY_APART, List.of(beforeTheChange), false,
                beforeTheChange);
        assertThat(decision.notBefore().map(at -> at.atZone(berlin).toLocalDateTime()))
                .contains(LocalDateTime.of(2025, 3, 30, 13, 0));
    }

    @Test
    void withoutCooldownTheNextAttemptMayStartImmediately() {
        AssessmentBlueprint noCooldown = Programmes.blueprint(5, 0.8, true, 2, 0);
        assertThat(AttemptRules.decide(noCooldown, List.of(FIRST), false, FIRST).verdict())
                .isEqualTo(Verdict.MAY_START);
    }

    @Test
    void noAttemptsLeftOnceAllAreUsedEvenAfterTheCooldown() {
        List<Instant> three = List.of(FIRST, FIRST.plus(Duration.ofDays(2)), FIRST.plus(Duration.ofDays(4)));
        AttemptDecision decision = AttemptRules.decide(THREE_A_DAY_APART, three, false,
                FIRST.plus(Duration.ofDays(30)));
        assertThat(decision).isEqualTo(new AttemptDecision(Verdict.NO_ATTEMPTS_LEFT, 0, Optional.empty()));
    }

    @Test
    void aPassedAssessmentIsNotRetaken() {
        AttemptDecision decision = AttemptRules.decide(THREE_A_DAY_APART, List.of(FIRST), true,
                FIRST.plus(Duration.ofDays(3)));
        assertThat(decision.verdict()).isEqualTo(Verdict.ALREADY_PASSED);
        assertThat(decision.mayStart()).isFalse();
        assertThatThrownBy(() -> AttemptRules.decide(THREE_A_DAY_APART, List.of(), true, FIRST))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
