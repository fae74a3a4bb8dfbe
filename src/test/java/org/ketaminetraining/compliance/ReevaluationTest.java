package org.ketaminetraining.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.people.Role;

class ReevaluationTest {

    private static final AssignmentScope TRAINEES_IN_EMERGENCY = new AssignmentScope(1, "core", Optional.of(
            Role.TRAINEE), Optional.of("ed"), Optional.of("Emergency"), Set.of(), false);
    private static final AssignmentScope EVERYONE_IN_ICU = new AssignmentScope(2, "core", Optional.empty(),
            Optional.of("icu"), Optional.of("Intensive Care Department"), Set.of(), false);
    private static final AssignmentScope NAMED = new AssignmentScope(3, "sedation", Optional.empty(),
            Optional.empty(), Optional.empty(), Set.of(42L), false);

    private static Assignee trainee(String... departments) {
        return new Assignee(42, true, Set.of(Role.TRAINEE), Set.of(departments));
    }

    @Test
    void aNewJoinerGetsEveryAssignmentThatAppliesToThem() {
        Reevaluation.Plan plan = Reevaluation.plan(trainee("ed"), List.of(TRAINEES_IN_EMERGENCY, EVERYONE_IN_ICU,
                NAMED), List.of());
        assertThat(plan.toOpen()).containsExactly(TRAINEES_IN_EMERGENCY, NAMED);
        assertThat(plan.toClose()).isEmpty();
        assertThat(TRAINEES_IN_EMERGENCY.reasonFor(trainee("ed"))).isEqualTo("role trainee in Emergency department");
        assertThat(NAMED.reasonFor(trainee("ed"))).isEqualTo("named");
        assertThat(EVERYONE_IN_ICU.ruleInWords()).isEqualTo("everyone in Intensive Care Department");
    }

    @Test
    void leavingADepartmentClosesTheRowWithTheReasonAndKeepsTheOthers() {
        List<Reevaluation.OpenRow> open = List.of(new Reevaluation.OpenRow(10, 1), new Reevaluation.OpenRow(11, 3));
        Reevaluation.Plan plan = Reevaluation.plan(trainee("icu"), List.of(TRAINEES_IN_EMERGENCY, EVERYONE_IN_ICU,
                NAMED), open);
        assertThat(plan.toClose()).containsExactly(new Reevaluation.Closing(10, 1, "left Emergency department"));
        assertThat(plan.toOpen()).containsExactly(EVERYONE_IN_ICU);
    }

    @Test
    void losingTheRoleClosesTheRowAndBeingDisabledClosesEveryRow() {
        Assignee manager = new Assignee(42, true, Set.of(Role.MANAGER), Set.of("ed"));
        assertThat(Reevaluation.plan(manager, List.of(TRAINEES_IN_EMERGENCY), List.of(new Reevaluation.OpenRow(10,
                1))).toClose()).containsExactly(new Reevaluation.Closing(10, 1, "no longer trainee"));
        Assignee disabled = new Assignee(42, false, Set.of(Role.TRAINEE), Set.of("ed"));
        assertThat(Reevaluation.plan(disabled, List.of(TRAINEES_IN_EMERGENCY, NAMED), List.of(
                new Reevaluation.OpenRow(10, 1), new Reevaluation.OpenRow(11, 3))).toClose())
                .extracting(Reevaluation.Closing::reason).containsExactly("account disabled", "account disabled");
    }

    @Test
    void anEndedAssignmentClosesItsRowsAndOpensNone() {
        AssignmentScope ended = new AssignmentScope(1, "core", Optional.of(Role.TRAINEE), Optional.of("ed"),
                Optional.of("Emergency"), Set.of(), true);
        Reevaluation.Plan plan = Reevaluation.plan(trainee("ed"), List.of(ended), List.of(new Reevaluation.OpenRow(
                10, 1)));
        assertThat(plan.toClose()).containsExactly(new Reevaluation.Closing(10, 1, "assignment ended"));
        assertThat(plan.toOpen()).isEmpty();
    }

    @Test
    void rejoiningAfterLeavingOpensANewRow() {
        // Left: the row closes. Back: nothing is open any more, so a new row opens (history keeps the old one).
        Reevaluation.Plan left = Reevaluation.plan(trainee(), List.of(TRAINEES_IN_EMERGENCY), List.of(
                new Reevaluation.OpenRow(10, 1)));
        assertThat(left.toClose()).hasSize(1);
        Reevaluation.Plan back = Reevaluation.plan(trainee("ed"), List.of(TRAINEES_IN_EMERGENCY), List.of());
        assertThat(back.toOpen()).containsExactly(TRAINEES_IN_EMERGENCY);
        // Unchanged: nothing to do.
        assertThat(Reevaluation.plan(trainee("ed"), List.of(TRAINEES_IN_EMERGENCY), List.of(
                new Reevaluation.OpenRow(12, 1))).isEmpty()).isTrue();
    }

    @Test
    void aRoleChangeOnTheDueDateDecidesWhatIsShownThatDay() {
        LocalDate dueDay = LocalDate.of(2026, 6, 30);
        DueSchedule fixed = new DueSchedule.FixedDate(dueDay, false);
        // Took the trainee role on the due date: a new row opens that day; due today, not yet overdue.
        Assignee promoted = trainee("ed");
        assertThat(Reevaluation.plan(promoted, List.of(TRAINEES_IN_EMERGENCY), List.of()).toOpen()).hasSize(1);
        Due today = DueRules.due(fixed, dueDay, dueDay, List.of(), dueDay);
        assertThat(today.state()).isEqualTo(DueState.DUE_SOON);
        assertThat(today.daysLeft()).contains(0L);
        assertThat(DueRules.due(fixed, dueDay, dueDay, List.of(), dueDay.plusDays(1)).state())
                .isEqualTo(DueState.OVERDUE);
        // Lost the role on the due date: the row closes that day, and with no open row nothing is due.
        Assignee moved = new Assignee(42, true, Set.of(Role.EDUCATOR), Set.of("ed"));
        Reevaluation.Plan plan = Reevaluation.plan(moved, List.of(TRAINEES_IN_EMERGENCY), List.of(
                new Reevaluation.OpenRow(10, 1)));
        assertThat(plan.toClose()).extracting(Reevaluation.Closing::reason).containsExactly("no longer trainee");
        assertThat(DueRules.earliest(List.of(), dueDay)).isEqualTo(Due.notAssigned(dueDay));
    }

    @Test
    void aRowOfAnUnknownAssignmentOrATwinIsClosed() {
        Reevaluation.Plan plan = Reevaluation.plan(trainee("ed"), List.of(TRAINEES_IN_EMERGENCY), List.of(
                new Reevaluation.OpenRow(10, 1), new Reevaluation.OpenRow(11, 1), new Reevaluation.OpenRow(12, 9)));
        assertThat(plan.toClose()).extracting(Reevaluation.Closing::rowId).containsExactly(11L, 12L);
        assertThat(plan.toOpen()).isEmpty();
    }
}
