package org.ketaminetraining.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.compliance.service.AssignmentService;
import org.ketaminetraining.compliance.service.AssignmentView;
import org.ketaminetraining.compliance.service.NewAssignment;
import org.ketaminetraining.compliance.service.PersonAssignment;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Assignments in memory, with the service's rules on who sees what: administrators everything, managers the
 * assignments of departments they manage, everyone their own people's rows.
 */
class FakeAssignments implements AssignmentService {

    /** An assignment and the department it is for (empty: none). */
    record Stored(AssignmentView view, Optional<String> department) {
    }

    final List<Stored> stored = new ArrayList<>();
    final List<NewAssignment> created = new ArrayList<>();
    final List<Long> ended = new ArrayList<>();
    final Map<Long, List<PersonAssignment>> byPerson = new HashMap<>();
    /** When set, the next create is refused with it. */
    ValidationException refusal;

    @Override
    public long create(SignedInUser caller, NewAssignment request) {
        requireAdmin(caller);
        if (refusal != null) {
            ValidationException thrown = refusal;
            refusal = null;
            throw thrown;
        }
        created.add(request);
        return created.size();
    }

    @Override
    public void end(SignedInUser caller, long assignmentId) {
        requireAdmin(caller);
        ended.add(assignmentId);
    }

    @Override
    public List<AssignmentView> list(SignedInUser caller) {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.MANAGER)) {
            throw new SecurityException(caller.username() + " may not list assignments");
        }
        return stored.stream().filter(s -> caller.has(Role.ADMIN) || s.department()
                .map(caller.managedDepartmentCodes()::contains).orElse(false)).map(Stored::view).toList();
    }

    @Override
    public List<ProgrammeChoice> programmes(SignedInUser caller) {
        requireAdmin(caller);
        return List.of(new ProgrammeChoice("ketamine-core", "Ketamine core"),
                new ProgrammeChoice("sedation", "Procedural sedation"));
    }

    @Override
    public List<PersonAssignment> assignmentsOf(SignedInUser caller, long accountId) {
        return caller.accountId() == accountId || caller.has(Role.ADMIN) ? byPerson.getOrDefault(accountId,
                List.of()) : List.of();
    }

    @Override
    public List<PersonAssignment> openAssignments(SignedInUser caller, Optional<String> departmentCode) {
        return List.of();
    }

    private static void requireAdmin(SignedInUser caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new SecurityException(caller.username() + " is not an administrator");
        }
    }

    static AssignmentView view(long id, String title, String appliesTo, Optional<Instant> endedAt) {
        return new AssignmentView(id, "p" + id, title, appliesTo,
                new org.ketaminetraining.compliance.DueSchedule.AfterStart(30), 3,
                Instant.parse("2026-01-01T10:00:00Z"), "admin", endedAt);
    }
}
