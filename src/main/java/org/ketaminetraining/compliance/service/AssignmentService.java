package org.ketaminetraining.compliance.service;

import java.util.List;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Assignments administered: administrators create, list and end them; managers list those touching the
 * departments they manage (read-only). Each method checks its caller and is one transaction; every change is in
 * the audit trail.
 */
public interface AssignmentService extends AssignmentReader {

    /**
     * Creates an assignment and opens a row for everyone it applies to now.
     *
     * @return the new assignment's id
     * @throws org.ketaminetraining.people.ValidationException naming the field at fault; nothing was created
     * @throws SecurityException when the caller is not an administrator
     */
    long create(SignedInUser caller, NewAssignment request);

    /**
     * Ends an assignment: closes the rows of everyone who has it (kept, never deleted).
     *
     * @throws org.ketaminetraining.people.ValidationException when there is no such assignment or it has ended
     * @throws SecurityException when the caller is not an administrator
     */
    void end(SignedInUser caller, long assignmentId);

    /**
     * Every assignment for an administrator; for a manager, those touching their departments (assigned to one of
     * them, or held by someone in one), with only their people counted. Newest first.
     *
     * @throws SecurityException when the caller is neither
     */
    List<AssignmentView> list(SignedInUser caller);

    /**
     * The programmes of the current bank an administrator may assign, by title.
     *
     * @throws SecurityException when the caller is not an administrator
     */
    List<ProgrammeChoice> programmes(SignedInUser caller);

    /** A programme as the form offers it. */
    record ProgrammeChoice(String id, String title) implements java.io.Serializable {
    }
}
