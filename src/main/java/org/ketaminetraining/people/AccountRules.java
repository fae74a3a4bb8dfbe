package org.ketaminetraining.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rules an account's details must follow, shared by the admin form, the CSV import and first-run setup. */
public final class AccountRules {

    /**
     * Why a trainee needs a department: the completion report shows a manager the trainees of the departments they
     * manage, so a trainee in none is in nobody's report but an administrator's.
     */
    public static final String NO_DEPARTMENT = "Choose at least one department: a trainee in no department is in "
            + "no manager's completion report.";

    private AccountRules() {
    }

    /** Field messages for the given details; empty when they are acceptable. Departments are not checked. */
    public static Map<String, String> problems(String username, String displayName, String email, Set<Role> roles) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (username == null || !UserCsv.USERNAME.matcher(username).matches()) {
            problems.put("username", "Username must be 2 to 64 characters of a-z, 0-9, dot, dash or underscore, "
                    + "starting with a letter or digit.");
        }
        DisplayName.problem(displayName == null ? null : displayName.strip())
                .ifPresent(problem -> problems.put("displayName", problem));
        if (email != null && !email.isBlank()
                && (email.length() > UserCsv.MAX_EMAIL || !email.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+"))) {
            problems.put("email", "Enter an email address such as name@hospital.org, or leave it empty.");
        }
        if (roles == null || roles.isEmpty()) {
            problems.put("roles", "Choose at least one role.");
        }
        return problems;
    }

    /** Field messages for the given details and the departments the account is to belong to. */
    public static Map<String, String> problems(String username, String displayName, String email, Set<Role> roles,
            Set<String> departmentCodes) {
        Map<String, String> problems = problems(username, displayName, email, roles);
        departmentProblem(roles, departmentCodes).ifPresent(problem -> problems.put("departments", problem));
        return problems;
    }

    /**
     * Why an account with these roles may not belong to these departments: a trainee must belong to at least one.
     * Educators, managers and administrators who do not study need none (the first administrator, made at setup,
     * has none).
     */
    /** The earliest and latest start dates taken as plausible: anything outside is a typing mistake. */
    public static final java.time.LocalDate EARLIEST_START = java.time.LocalDate.of(1950, 1, 1);
    public static final java.time.LocalDate LATEST_START = java.time.LocalDate.of(2100, 12, 31);

    /** Why a start date cannot be kept, if it cannot; none (null) is fine. */
    public static Optional<String> startDateProblem(java.time.LocalDate startDate) {
        if (startDate == null || !startDate.isBefore(EARLIEST_START) && !startDate.isAfter(LATEST_START)) {
            return Optional.empty();
        }
        return Optional.of("The start date must be between " + EARLIEST_START + " and " + LATEST_START + ".");
    }

    public static Optional<String> departmentProblem(Set<Role> roles, Set<String> departmentCodes) {
        boolean trainee = roles != null && roles.contains(Role.TRAINEE);
        return trainee && (departmentCodes == null || departmentCodes.isEmpty()) ? Optional.of(NO_DEPARTMENT)
                : Optional.empty();
    }

    /**
     * The departments a new account belongs to: those chosen, or for a trainee with none chosen the organisation's
     * default department (KT_DEFAULT_DEPARTMENT) when one is set up and exists. Only new accounts get the default:
     * an administrator who empties an existing trainee's departments is told, not overruled.
     */
    public static Set<String> departmentsOfNewAccount(Set<Role> roles, Set<String> chosen,
            Optional<String> defaultDepartment) {
        if (chosen != null && !chosen.isEmpty()) {
            return Set.copyOf(chosen);
        }
        return roles != null && roles.contains(Role.TRAINEE) ? defaultDepartment.map(Set::of).orElse(Set.of())
                : Set.of();
    }
}
