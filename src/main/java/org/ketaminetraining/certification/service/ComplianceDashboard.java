package org.ketaminetraining.certification.service;

import java.util.Optional;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * What a manager reads to run compliance: their departments at a glance (counts and a 12-month trend per
 * programme), one person in depth, and whose knowledge is fading per department and module. Read-only. Each method
 * checks the caller: a manager sees the departments they manage, an administrator all; a manager asking for
 * another department's person learns nothing, not even that they exist.
 *
 * <p>In certification's services, not compliance's: it builds on the completion report, and compliance may not
 * depend on certification, which depends on it (the report's rows carry their due dates).
 */
public interface ComplianceDashboard {

    /**
     * Every department the caller oversees, with per programme the counts of the completion report's rows
     * ({@link org.ketaminetraining.certification.rules.ComplianceCount}) and the completion rate of the last 12 months.
     *
     * @throws SecurityException when the caller is neither a manager nor an administrator
     */
    default DashboardOverview overview(SignedInUser caller) {
        return overview(caller, 0, Integer.MAX_VALUE);
    }

    /**
     * A page of {@link #overview(SignedInUser)}: at most {@code maxDepartments} of the caller's departments, by name,
     * from the {@code firstDepartment}-th (from 0; past the end, the last page). Only those departments' people are
     * read, so a director of forty departments reads ten at a time.
     *
     * @throws SecurityException when the caller is neither a manager nor an administrator
     */
    DashboardOverview overview(SignedInUser caller, int firstDepartment, int maxDepartments);

    /**
     * One trainee the caller oversees: assignments, progress per module, certificates and their history,
     * knowledge currency and last activity; never their answers.
     *
     * @return empty when the person is unknown, no trainee, or not in a department the caller oversees
     * @throws SecurityException when the caller is neither a manager nor an administrator
     */
    Optional<PersonOverview> person(SignedInUser caller, long accountId);

    /**
     * Mean predicted recall per department the caller oversees and module of one programme, today and
     * {@link RecallMap#DAYS_AHEAD} days on if nobody studies, with the safety-critical items apart.
     *
     * @param programmeId the programme; the first of the bank when empty or unknown
     * @throws SecurityException when the caller is neither a manager nor an administrator
     */
    RecallMap heatmap(SignedInUser caller, Optional<String> programmeId);
}
