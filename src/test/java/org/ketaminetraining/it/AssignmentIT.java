package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.certification.service.AssessmentService;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.compliance.DueSchedule;
import org.ketaminetraining.compliance.DueState;
import org.ketaminetraining.compliance.service.AssignmentService;
import org.ketaminetraining.compliance.service.NewAssignment;
import org.ketaminetraining.compliance.service.PersonAssignment;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccountDetails;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AccountView;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.fixtures.SampleAnswers;
import org.ketaminetraining.study.service.StudyService;

/**
 * Assignments on the real server and database: people's rows open and close as they join and leave departments
 * and gain and lose roles (history kept), a new joiner gets an existing assignment, an earlier valid certificate
 * meets it, the completion report carries the due state and filters by it, and a manager reads only their
 * departments. Every assignment here is limited to a department or people of the test's own, since the server's
 * database is shared with the other tests.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentIT {

    private static final String PROGRAMME = DemoCertificates.DEMO_PROGRAMME;

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("assignment-it.war", AssignmentIT.class, SampleAnswers.class,
                DemoCertificates.class);
    }

    @Inject
    private AssignmentService assignments;
    @Inject
    private AccountService accounts;
    @Inject
    private ComplianceOversight oversight;
    @Inject
    private StudyService study;
    @Inject
    private AssessmentService assessments;
    @Inject
    private Callers callers;
    @Inject
    private AppSettings settings;

    private DemoCertificates demo() {
        return new DemoCertificates(callers, accounts, study, assessments);
    }

    private LocalDate today() {
        return LocalDate.now(settings.zone());
    }

    private long assignTraineesOf(String department, DueSchedule schedule) {
        return assignments.create(callers.admin(), new NewAssignment(PROGRAMME, Optional.of(Role.TRAINEE),
                Optional.of(department), List.of(), schedule));
    }

    private void move(long accountId, Set<Role> roles, Set<String> departments) {
        AccountView view = accounts.find(callers.admin(), accountId).orElseThrow();
        accounts.update(callers.admin(), accountId, new AccountDetails(view.username(), view.displayName(),
                view.email(), roles, departments, view.managedDepartmentCodes()));
    }

    private List<PersonAssignment> of(long accountId) {
        return assignments.assignmentsOf(callers.admin(), accountId);
    }

    @Test
    void peopleGainAndLoseTheAssignmentAsTheyMoveAndTheHistoryIsKept() {
        String emergency = demo().department();
        String icu = demo().department();
        long before = demo().newTrainee(emergency);
        long assignment = assignTraineesOf(emergency, new DueSchedule.FixedDate(today().plusDays(10), false));
        // Someone already in the department gets it when it is created; a new joiner gets it when they join.
        assertEquals(1, of(before).size());
        long joiner = demo().newTrainee(emergency);
        List<PersonAssignment> joined = of(joiner);
        assertEquals(1, joined.size());
        assertTrue(joined.get(0).open());
        assertEquals(assignment, joined.get(0).assignmentId());
        assertEquals(DueState.DUE_SOON, joined.get(0).due().state());
        assertEquals(Optional.of(10L), joined.get(0).due().daysLeft());

        move(joiner, Set.of(Role.TRAINEE), Set.of(icu));
        List<PersonAssignment> left = of(joiner);
        assertEquals(1, left.size());
        assertFalse(left.get(0).open());
        assertTrue(left.get(0).reason().contains("left Ward " + emergency + " department"), left.get(0).reason());

        move(joiner, Set.of(Role.TRAINEE), Set.of(icu, emergency));
        List<PersonAssignment> back = of(joiner);
        assertEquals(2, back.size(), "a new row, the old one kept");
        assertTrue(back.get(0).open());
        assertFalse(back.get(1).open());

        move(joiner, Set.of(Role.EDUCATOR), Set.of(icu, emergency));
        List<PersonAssignment> educator = of(joiner);
        assertEquals(2, educator.size());
        assertTrue(educator.stream().noneMatch(PersonAssignment::open));
        assertTrue(educator.stream().anyMatch(p -> p.reason().contains("no longer trainee")), educator.toString());

        accounts.setEnabled(callers.admin(), before, false);
        assertTrue(of(before).stream().noneMatch(PersonAssignment::open));
    }

    @Test
    void endingAnAssignmentClosesEveryRowAndKeepsThem() {
        String ward = demo().department();
        long trainee = demo().newTrainee(ward);
        long assignment = assignTraineesOf(ward, new DueSchedule.AfterStart(30));
        assertTrue(of(trainee).get(0).open());
        assignments.end(callers.admin(), assignment);
        List<PersonAssignment> after = of(trainee);
        assertEquals(1, after.size());
        assertFalse(after.get(0).open());
        assertTrue(after.get(0).reason().contains("assignment ended"));
        assertThrows(ValidationException.class, () -> assignments.end(callers.admin(), assignment));
        // A new joiner does not get an ended assignment.
        assertTrue(of(demo().newTrainee(ward)).isEmpty());
    }

    @Test
    void anEarlierValidCertificateMeetsANewAssignment() {
        String ward = demo().department();
        long trainee = demo().newTrainee(ward);
        demo().certify(trainee);
        assignTraineesOf(ward, new DueSchedule.FixedDate(today().minusDays(5), false));
        PersonAssignment reading = of(trainee).get(0);
        assertEquals(DueState.MET, reading.due().state());
        assertEquals(Optional.of(today().minusDays(5)), reading.due().dueOn());
    }

    @Test
    void theCompletionReportCarriesTheDueStateAndFiltersByIt() {
        String ward = demo().department();
        long overdue = demo().newTrainee(ward);
        long unassigned = demo().newTrainee(ward);
        assignments.create(callers.admin(), new NewAssignment(PROGRAMME, Optional.empty(), Optional.empty(),
                List.of(callers.byId(overdue).username()), new DueSchedule.FixedDate(today().minusDays(1), false)));
        CompletionReport all = oversight.completionReport(callers.admin(), new CompletionQuery(Optional.of(ward),
                Optional.empty(), CompletionQuery.Sort.NAME, true, 0, 0));
        CompletionReport.Row overdueRow = all.rows().stream().filter(r -> r.accountId() == overdue
                && r.programmeId().equals(PROGRAMME)).findFirst().orElseThrow();
        assertEquals(DueState.OVERDUE, overdueRow.due().state());
        assertEquals(Optional.of(-1L), overdueRow.due().daysLeft());
        assertTrue(all.rows().stream().filter(r -> r.accountId() == unassigned)
                .allMatch(r -> r.due().state() == DueState.NOT_ASSIGNED));

        CompletionReport filtered = oversight.completionReport(callers.admin(), new CompletionQuery(Optional.of(ward),
                Optional.empty(), CompletionQuery.Sort.NAME, true, 0, 0, Optional.of(DueState.OVERDUE)));
        assertEquals(1, filtered.totalRows());
        assertEquals(overdue, filtered.rows().get(0).accountId());
        // The manager's report of the department shows the same.
        SignedInUser manager = callers.newManager(ward);
        assertEquals(1, oversight.completionReport(manager, new CompletionQuery(Optional.of(ward), Optional.empty(),
                CompletionQuery.Sort.NAME, true, 0, 0, Optional.of(DueState.OVERDUE))).totalRows());
    }

    @Test
    void aManagerReadsOnlyTheAssignmentsOfTheirDepartments() {
        String mine = demo().department();
        String theirs = demo().department();
        long myTrainee = demo().newTrainee(mine);
        long otherTrainee = demo().newTrainee(theirs);
        long myAssignment = assignTraineesOf(mine, new DueSchedule.AfterStart(60));
        long otherAssignment = assignTraineesOf(theirs, new DueSchedule.AfterStart(60));
        SignedInUser manager = callers.newManager(mine);

        assertEquals(1, assignments.assignmentsOf(manager, myTrainee).size());
        assertTrue(assignments.assignmentsOf(manager, otherTrainee).isEmpty(), "no hint that they exist");
        assertThrows(SecurityException.class, () -> assignments.openAssignments(manager, Optional.of(theirs)));
        List<PersonAssignment> open = assignments.openAssignments(manager, Optional.empty());
        assertTrue(open.stream().anyMatch(p -> p.accountId() == myTrainee));
        assertTrue(open.stream().noneMatch(p -> p.accountId() == otherTrainee));
        assertTrue(assignments.list(manager).stream().anyMatch(a -> a.id() == myAssignment));
        assertTrue(assignments.list(manager).stream().noneMatch(a -> a.id() == otherAssignment));
        assertThrows(SecurityException.class, () -> assignments.create(manager, new NewAssignment(PROGRAMME,
                Optional.of(Role.TRAINEE), Optional.of(mine), List.of(), new DueSchedule.AfterStart(1))));
        assertThrows(SecurityException.class, () -> assignments.end(manager, myAssignment));

        // A trainee reads their own and nobody else's, and no list.
        SignedInUser trainee = callers.byId(myTrainee);
        assertEquals(1, assignments.assignmentsOf(trainee, myTrainee).size());
        assertTrue(assignments.assignmentsOf(trainee, otherTrainee).isEmpty());
        assertThrows(SecurityException.class, () -> assignments.list(trainee));
        assertThrows(SecurityException.class, () -> assignments.openAssignments(trainee, Optional.empty()));
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        String ward = demo().department();
        ValidationException noProgramme = assertThrows(ValidationException.class, () -> assignments.create(
                callers.admin(), new NewAssignment("no-such", Optional.of(Role.TRAINEE), Optional.of(ward),
                        List.of(), new DueSchedule.AfterStart(1))));
        assertTrue(noProgramme.messagesByField().containsKey("programme"));
        ValidationException nobody = assertThrows(ValidationException.class, () -> assignments.create(
                callers.admin(), new NewAssignment(PROGRAMME, Optional.empty(), Optional.empty(), List.of(),
                        new DueSchedule.AfterStart(1))));
        assertTrue(nobody.messagesByField().containsKey("role"));
        ValidationException unknown = assertThrows(ValidationException.class, () -> assignments.create(
                callers.admin(), new NewAssignment(PROGRAMME, Optional.empty(), Optional.empty(),
                        List.of("nobody.by.this.name"), new DueSchedule.AfterStart(1))));
        assertTrue(unknown.messagesByField().get("usernames").contains("nobody.by.this.name"));
    }
}
