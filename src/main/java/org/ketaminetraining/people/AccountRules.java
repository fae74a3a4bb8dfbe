package org.ketaminetraining.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The rules an account's details must follow, shared by the admin form, the CSV import and first-run setup. */
public final class AccountRules {

    private AccountRules() {
    }

    /** Field messages for the given details; empty when they are acceptable. */
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
}
