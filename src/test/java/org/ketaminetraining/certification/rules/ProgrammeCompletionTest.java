package org.ketaminetraining.certification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.scheduling.policy.DayBoundary;

class ProgrammeCompletionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DayBoundary BERLIN_04 = DayBoundary.of(BERLIN);
    private static final Programme TWO_MODULES = Programmes.programme(List.of("pharmacology", "safety"), 1);
    private static final Map<String, List<String>> PUBLISHED = Map.of(
            "pharmacology", List.of("p1", "p2"),
            "safety", List.of("s1"),
            "history", List.of("h1"));

    private static Instant at(ZoneId zone, int day, int hour, int minute) {
        return LocalDateTime.of(2025, 5, day, hour, minute).atZone(zone).toInstant();
    }

    private static TimedAnswer right(Instant at) {
        return new TimedAnswer(at, true);
    }

    private static TimedAnswer wrong(Instant at) {
        return new TimedAnswer(at, false);
    }

    /** Studied on 12 May, correct again on 14 May: learned under a spacing of 1 or 2 days. */
    private static List<TimedAnswer> spacedCorrect() {
        return List.of(wrong(at(BERLIN, 12, 10, 0)), right(at(BERLIN, 12, 10, 5)), right(at(BERLIN, 14, 9, 0)));
    }

    @Test
    void aRepetitionAfterMidnightButBeforeTheRolloverIsTheSameStudyDay() {
        List<TimedAnswer> nightShift = List.of(wrong(at(BERLIN, 12, 23, 30)), right(at(BERLIN, 13, 0, 30)));
        assertThat(BERLIN_04.studyDay(at(BERLIN, 13, 0, 30))).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThat(ProgrammeCompletion.isLearned(nightShift, 1, BERLIN_04)).isFalse();
        // With the rollover at calendar midnight the same answers would span two days: the boundary is what decides.
        assertThat(ProgrammeCompletion.isLearned(nightShift, 1, new DayBoundary(BERLIN, 0))).isTrue();
    }

    @Test
    void aCorrectAnswerAfterTheRolloverCountsAsTheNextDay() {
        List<TimedAnswer> answers = List.of(wrong(at(BERLIN, 12, 23, 30)), right(at(BERLIN, 13, 3, 59)),
                right(at(BERLIN, 13, 4, 0)));
        assertThat(ProgrammeCompletion.isLearned(answers, 1, BERLIN_04)).isTrue();
        assertThat(ProgrammeCompletion.isLearned(answers.subList(0, 2), 1, BERLIN_04)).isFalse();
    }

    @Test
    void sameDayRepetitionsCountOnlyWithSpacingZero() {
        List<TimedAnswer> oneSession = List.of(wrong(at(BERLIN, 12, 10, 0)), right(at(BERLIN, 12, 10, 1)),
                right(at(BERLIN, 12, 18, 0)));
        assertThat(ProgrammeCompletion.isLearned(oneSession, 1, BERLIN_04)).isFalse();
        assertThat(ProgrammeCompletion.isLearned(oneSession, 0, BERLIN_04)).isTrue();
    }

    @Test
    void spacingIsCountedInStudyDaysFromTheFirstStudy() {
        assertThat(ProgrammeCompletion.isLearned(spacedCorrect(), 2, BERLIN_04)).isTrue();
        assertThat(ProgrammeCompletion.isLearned(spacedCorrect(), 3, BERLIN_04)).isFalse();
    }

    @Test
    void theLatestAnswerMustBeCorrect() {
        List<TimedAnswer> forgotten = new ArrayList<>(spacedCorrect());
        forgotten.add(wrong(at(BERLIN, 20, 9, 0)));
        assertThat(ProgrammeCompletion.isLearned(forgotten, 1, BERLIN_04)).isFalse();
        assertThat(ProgrammeCompletion.isLearned(List.of(), 0, BERLIN_04)).isFalse();
    }

    @Test
    void answersMayArriveInAnyOrder() {
        List<TimedAnswer> reversed = new ArrayList<>(spacedCorrect());
        Collections.reverse(reversed);
        assertThat(ProgrammeCompletion.isLearned(reversed, 1, BERLIN_04)).isTrue();
    }

    @Test
    void theSameInstantsCanBeOneStudyDayInAucklandAndTwoInLosAngeles() {
        // 09:00Z and 14:00Z on 10 March 2025: 22:00 and 03:00 (before the rollover) in Auckland (UTC+13),
        // but 02:00 (still 9 March's study day) and 07:00 in Los Angeles (UTC-7).
        List<TimedAnswer> answers = List.of(wrong(Instant.parse("2025-03-10T09:00:00Z")),
                right(Instant.parse("2025-03-10T14:00:00Z")));
        DayBoundary auckland = DayBoundary.of(ZoneId.of("Pacific/Auckland"));
        DayBoundary losAngeles = DayBoundary.of(ZoneId.of("America/Los_Angeles"));
        assertThat(ProgrammeCompletion.isLearned(answers, 1, auckland)).isFalse();
        assertThat(ProgrammeCompletion.isLearned(answers, 1, losAngeles)).isTrue();
    }

    @Test
    void aModuleIsCompleteWhenAllItsPublishedItemsAreLearned() {
        ProgrammeCompletion completion = ProgrammeCompletion.evaluate(TWO_MODULES, PUBLISHED,
                Map.of("p1", spacedCorrect(), "s1", spacedCorrect(), "h1", spacedCorrect()), BERLIN_04);
        assertThat(completion.modules()).extracting(ModuleCompletion::moduleId)
                .containsExactly("pharmacology", "safety");
        assertThat(completion.module("pharmacology")).hasValueSatisfying(module -> {
            assertThat(module.learnedItems()).isEqualTo(1);
            assertThat(module.totalItems()).isEqualTo(2);
            assertThat(module.notYetLearned()).containsExactly("p2");
            assertThat(module.complete()).isFalse();
        });
        assertThat(completion.module("safety")).hasValueSatisfying(module -> assertThat(module.complete()).isTrue());
        assertThat(completion.module("history")).isEmpty();
        assertThat(completion.learnedItems()).isEqualTo(2);
        assertThat(completion.totalItems()).isEqualTo(3);
        assertThat(completion.assessmentUnlocked()).isFalse();
        assertThat(completion.started()).isTrue();
    }

    @Test
    void theAssessmentUnlocksWhenEveryRequiredModuleIsComplete() {
        ProgrammeCompletion completion = ProgrammeCompletion.evaluate(TWO_MODULES, PUBLISHED,
                Map.of("p1", spacedCorrect(), "p2", spacedCorrect(), "s1", spacedCorrect()), BERLIN_04);
        assertThat(completion.assessmentUnlocked()).isTrue();
    }

    @Test
    void aRequiredModuleWithoutPublishedItemsKeepsTheAssessmentLocked() {
        ProgrammeCompletion completion =
                ProgrammeCompletion.evaluate(TWO_MODULES, Map.of("pharmacology", List.of("p1")),
                        Map.of("p1", spacedCorrect()), BERLIN_04);
        assertThat(completion.module("safety")).hasValueSatisfying(module -> {
            assertThat(module.totalItems()).isZero();
            assertThat(module.complete()).isFalse();
        });
        assertThat(completion.assessmentUnlocked()).isFalse();
    }

    @Test
    void nothingAnsweredIsNotStarted() {
        ProgrammeCompletion completion = ProgrammeCompletion.evaluate(TWO_MODULES, PUBLISHED,
                Map.of("p1", List.of()), BERLIN_04);
        assertThat(completion.started()).isFalse();
        assertThat(completion.learnedItems()).isZero();
    }

    @Test
    void urgentOnboardingWithSpacingZeroCompletesInOneSession() {
        Programme urgent = Programmes.programme(List.of("safety"), 0);
        List<TimedAnswer> oneSession = List.of(wrong(at(BERLIN, 12, 10, 0)), right(at(BERLIN, 12, 10, 1)));
        assertThat(ProgrammeCompletion.evaluate(urgent, PUBLISHED, Map.of("s1", oneSession), BERLIN_04)
                .assessmentUnlocked()).isTrue();
        assertThat(ProgrammeCompletion.evaluate(Programmes.programme(List.of("safety"), 1), PUBLISHED,
                Map.of("s1", oneSession), BERLIN_04).assessmentUnlocked()).isFalse();
    }
}
