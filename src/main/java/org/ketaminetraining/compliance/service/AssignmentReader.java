package org.ketaminetraining.compliance.service;

import java.util.List;
import java.util.Optional;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * The readings of assignments that other features build on (the trainee's dashboard, a manager's drill-down, the
 * reminders, the HR API). Each method checks its caller: a trainee reads their own, a manager the people of the
 * departments they manage, an administrator everyone.
 */
public interface AssignmentReader {

    /**
     * One person's assignments, open first (by due date), then closed ones (newest first).
     *
     * @return empty list when the caller may not see the person (no hint that they exist)
     * @throws SecurityException when the caller has no enabled account
     */
    List<PersonAssignment> assignmentsOf(SignedInUser caller, long accountId);

    /**
     * Open assignments of the people in one department the caller oversees, or of all departments the caller
     * oversees when none is given.
     *
     * @throws SecurityException when the caller is neither a manager nor an administrator, or asks for a department
     *     they do not oversee
     */
    List<PersonAssignment> openAssignments(SignedInUser caller, Optional<String> departmentCode);
}
