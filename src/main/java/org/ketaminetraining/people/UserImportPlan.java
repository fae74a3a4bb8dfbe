package org.ketaminetraining.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What importing a user file would change, computed before anything is changed so that an administrator can
 * preview it. People not named in the file are left alone; for people named in it the file is authoritative
 * for display name, email, departments and roles. A trainee must end up in at least one department
 * ({@link AccountRules#departmentProblem}): a new trainee with an empty department cell goes to the default
 * department when one is set up, and a line that would leave a trainee in none is a problem of that line.
 */
public record UserImportPlan(List<Change> changes, List<UserCsv.Problem> problems) {

    /** A line's problem when it leaves a trainee in no department, in the words of the file's other problems. */
    private static final String NO_DEPARTMENT = "department is empty; a trainee needs at least one department, or "
            + "no manager sees them";

    /** What happens to one person. */
    public enum Kind { CREATE, UPDATE, UNCHANGED }

    /** One line's effect, with the differences in plain words for the preview. */
    public record Change(int line, String username, Kind kind, List<String> differences, UserCsv.Row row) {
    }

    /** An account as it stands, reduced to what the import may change. */
    public record Existing(String username, String displayName, String email, Set<String> departmentCodes,
            Set<Role> roles, Optional<java.time.LocalDate> startDate) {

        /** An account without a start date. */
        public Existing(String username, String displayName, String email, Set<String> departmentCodes,
                Set<Role> roles) {
            this(username, displayName, email, departmentCodes, roles, Optional.empty());
        }
    }

    /**
     * Compares the parsed file with the accounts that exist.
     *
     * @param defaultDepartment the department new trainees without one go to, when one is set up and exists
     */
    public static UserImportPlan of(UserCsv.Parsed parsed, Optional<String> defaultDepartment,
            Map<String, Existing> existingByUsername) {
        List<Change> changes = new ArrayList<>();
        List<UserCsv.Problem> problems = new ArrayList<>(parsed.problems());
        for (UserCsv.Row row : parsed.rows()) {
            Existing existing = existingByUsername.get(row.username());
            if (existing == null) {
                Set<String> departments = AccountRules.departmentsOfNewAccount(row.roles(), row.departmentCodes(),
                        defaultDepartment);
                if (AccountRules.departmentProblem(row.roles(), departments).isPresent()) {
                    problems.add(new UserCsv.Problem(row.line(), NO_DEPARTMENT + " (or set a default department "
                            + "with KT_DEFAULT_DEPARTMENT)"));
                    continue;
                }
                boolean defaulted = !departments.equals(row.departmentCodes());
                UserCsv.Row placed = new UserCsv.Row(row.line(), row.username(), row.displayName(), row.email(),
                        departments, row.roles(), row.startDate());
                changes.add(new Change(row.line(), row.username(), Kind.CREATE, List.of("new account with roles "
                        + new TreeSet<>(row.roles()) + " in " + new TreeSet<>(departments)
                        + (defaulted ? " (the default department)" : "")), placed));
                continue;
            }
            if (AccountRules.departmentProblem(row.roles(), row.departmentCodes()).isPresent()) {
                problems.add(new UserCsv.Problem(row.line(), NO_DEPARTMENT));
                continue;
            }
            List<String> differences = differences(existing, row);
            changes.add(new Change(row.line(), row.username(), differences.isEmpty() ? Kind.UNCHANGED : Kind.UPDATE,
                    differences, row));
        }
        problems.sort(Comparator.comparingInt(UserCsv.Problem::line));
        return new UserImportPlan(List.copyOf(changes), List.copyOf(problems));
    }

    /** Only a plan without problems may be applied. */
    public boolean canApply() {
        return problems.isEmpty();
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    private static List<String> differences(Existing existing, UserCsv.Row row) {
        List<String> differences = new ArrayList<>();
        if (!existing.displayName().equals(row.displayName())) {
            differences.add("display name '" + existing.displayName() + "' becomes '" + row.displayName() + "'");
        }
        if (!Objects.equals(existing.email(), row.email())) {
            differences.add("email '" + Objects.toString(existing.email(), "") + "' becomes '"
                    + Objects.toString(row.email(), "") + "'");
        }
        if (!existing.departmentCodes().equals(row.departmentCodes())) {
            differences.add("departments " + new TreeSet<>(existing.departmentCodes()) + " become "
                    + new TreeSet<>(row.departmentCodes()));
        }
        if (!existing.roles().equals(row.roles())) {
            differences.add("roles " + new TreeSet<>(existing.roles()) + " become " + new TreeSet<>(row.roles()));
        }
        // An empty start date cell leaves the recorded one as it is.
        if (row.startDate().isPresent() && !row.startDate().equals(existing.startDate())) {
            differences.add("start date '" + existing.startDate().map(Object::toString).orElse("") + "' becomes '"
                    + row.startDate().get() + "'");
        }
        return differences;
    }
}
