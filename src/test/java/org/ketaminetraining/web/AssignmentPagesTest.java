package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.compliance.Due;
import org.ketaminetraining.compliance.DueSchedule;
import org.ketaminetraining.compliance.DueState;
import org.ketaminetraining.compliance.service.NewAssignment;
import org.ketaminetraining.compliance.service.PersonAssignment;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccountView;
import org.ketaminetraining.web.admin.AssignmentsPage;
import org.ketaminetraining.web.learner.DashboardPage;

class AssignmentPagesTest extends PageTestBase {

    private long managerId;

    @BeforeEach
    void twoDepartments() {
        people.departments.put("icu", "Intensive care");
        managerId = people.add("manager", "manager-password-1", Set.of(Role.MANAGER));
        AccountView m = people.accounts.get(managerId);
        people.accounts.put(managerId, new AccountView(managerId, m.username(), m.displayName(), null, m.roles(),
                Set.of(), Set.of("demo-ward"), true, true, false, null));
        assignments.stored.add(new FakeAssignments.Stored(FakeAssignments.view(1, "Ketamine core",
                "role trainee in Demo ward department", Optional.empty()), Optional.of("demo-ward")));
        assignments.stored.add(new FakeAssignments.Stored(FakeAssignments.view(2, "Procedural sedation",
                "everyone in Intensive care department", Optional.empty()), Optional.of("icu")));
    }

    @Test
    void anAdministratorSeesEveryAssignmentWithItsScheduleInWordsAndTheForm() {
        signInAs(adminId);
        tester.startPage(AssignmentsPage.class);
        tester.assertRenderedPage(AssignmentsPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Ketamine core", "Procedural sedation", "30 days after the person&#039;s start date",
                "Active", "Assign a programme", "End<span class=\"visually-hidden\">");
        assertThat(html).contains("<label for=\"programme\"", "<label for=\"usernames\"", "<label for=\"days\"",
                "<legend class=\"fs-6 fw-bold\">Due date</legend>");
    }

    @Test
    void aManagerSeesOnlyTheirDepartmentsAssignmentsReadOnly() {
        signInAs(managerId);
        tester.startPage(AssignmentsPage.class);
        tester.assertRenderedPage(AssignmentsPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Ketamine core").doesNotContain("Procedural sedation", "Intensive care");
        assertThat(html).doesNotContain("Assign a programme", "End<span");
        // Asking for the confirmation by URL shows nothing to a manager either.
        tester.startPage(AssignmentsPage.class, new PageParameters().add("end", 1));
        assertThat(tester.getLastResponseAsString()).doesNotContain("End assignment");
    }

    @Test
    void traineesAndEducatorsAreRefused() {
        for (long id : List.of(traineeId, educatorId)) {
            signInAs(id);
            assertThatThrownBy(() -> tester.startPage(AssignmentsPage.class))
                    .isInstanceOf(UnauthorizedInstantiationException.class);
        }
    }

    @Test
    void creatingAnAssignmentSendsTheScheduleTheFormDescribes() {
        signInAs(adminId);
        tester.startPage(AssignmentsPage.class);
        FormTester form = form("form");
        form.select("programme", 1);
        form.select("department", 0);
        form.setValue("usernames", "alice, bob\ncarol");
        form.select("scheduleKind", 3);
        form.setValue("days", "30");
        form.select("anchor", 0);
        form.submit();
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(AssignmentsPage.class);
        assertThat(assignments.created).containsExactly(new NewAssignment("sedation", Optional.of(Role.TRAINEE),
                Optional.of("demo-ward"), List.of("alice", "bob", "carol"), new DueSchedule.Rolling(30,
                        DueSchedule.Anchor.EXPIRY)));
    }

    @Test
    void badInputIsShownOnItsField() {
        signInAs(adminId);
        tester.startPage(AssignmentsPage.class);
        FormTester form = form("form");
        form.select("scheduleKind", 2);
        form.setValue("days", "ten");
        form.submit();
        String html = tester.getLastResponseAsString();
        assertThat(between(html, "id=\"days-error\"", "</div>")).contains("Enter a whole number of days");
        assertThat(html).containsPattern("id=\"days\"[^>]*aria-invalid=\"true\"");
        assertThat(assignments.created).isEmpty();

        assignments.refusal = ValidationException.of("usernames", "No such user: zed.");
        FormTester again = form("form");
        again.select("scheduleKind", 0);
        again.setValue("date", "2027-03-31");
        again.setValue("days", "");
        again.setValue("usernames", "zed");
        again.submit();
        assertThat(between(tester.getLastResponseAsString(), "id=\"usernames-error\"", "</div>"))
                .contains("No such user: zed.");
    }

    @Test
    void endingAsksForConfirmationFirst() {
        signInAs(adminId);
        tester.startPage(AssignmentsPage.class, new PageParameters().add("end", 2));
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("End the assignment of Procedural sedation to everyone in Intensive care "
                + "department? It closes for the 3 people who have it now");
        assertThat(assignments.ended).isEmpty();
        form("confirmEnd").submit();
        assertThat(assignments.ended).containsExactly(2L);
    }

    @Test
    void theTraineeDashboardShowsAssignmentsWithTheirStateInWords() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        Instant opened = Instant.parse("2026-01-01T09:00:00Z");
        assignments.byPerson.put(traineeId, List.of(
                new PersonAssignment(1, traineeId, "a", "Ketamine core", "named", new Due(Optional.of(today
                        .plusDays(12)), DueState.DUE_SOON, today), opened, Optional.empty()),
                new PersonAssignment(2, traineeId, "b", "Procedural sedation", "named", new Due(Optional.of(today
                        .minusDays(3)), DueState.OVERDUE, today), opened, Optional.empty()),
                new PersonAssignment(3, traineeId, "c", "Airway", "named", new Due(Optional.of(today), DueState.MET,
                        today), opened, Optional.empty()),
                new PersonAssignment(4, traineeId, "d", "Closed programme", "named", Due.notAssigned(today), opened,
                        Optional.of(opened))));
        signInAs(traineeId);
        tester.startPage(DashboardPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Your assignments", "Due in 12 days", "13 March 2026", "Overdue by 3 days",
                "Complete").doesNotContain("Closed programme");
    }

    @Test
    void theDashboardHasNoAssignmentsSectionWithoutAssignments() {
        signInAs(traineeId);
        tester.startPage(DashboardPage.class);
        assertThat(tester.getLastResponseAsString()).doesNotContain("Your assignments");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'%s' in the page", from).isNotNegative();
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
