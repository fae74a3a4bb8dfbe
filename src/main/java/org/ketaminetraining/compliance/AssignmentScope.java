package org.ketaminetraining.compliance;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.people.Role;

/**
 * Whom an assignment applies to: people holding {@code role} (any role when empty) in the department
 * {@code departmentCode} (any department when empty), at least one of the two given, and besides them the people
 * named. An ended assignment applies to nobody.
 *
 * @param departmentName the department's name, for the reasons people read ("left Emergency department")
 */
public record AssignmentScope(long assignmentId, String programmeKey, Optional<Role> role,
        Optional<String> departmentCode, Optional<String> departmentName, Set<Long> named, boolean ended) {

    public AssignmentScope {
        Objects.requireNonNull(programmeKey, "programmeKey");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(departmentName, "departmentName");
        named = Set.copyOf(named);
    }

    /** Whether the assignment has a rule by role or department, beside its named people. */
    public boolean hasRule() {
        return role.isPresent() || departmentCode.isPresent();
    }

    /** Whether it applies to the person now. */
    public boolean appliesTo(Assignee person) {
        return !ended && person.enabled() && (named.contains(person.accountId()) || matchesRule(person));
    }

    private boolean matchesRule(Assignee person) {
        return hasRule() && role.map(person.roles()::contains).orElse(true)
                && departmentCode.map(person.departmentCodes()::contains).orElse(true);
    }

    /** Why it applies to the person, in words: "role trainee in Emergency department", "named". */
    public String reasonFor(Assignee person) {
        if (matchesRule(person)) {
            return ruleInWords();
        }
        return "named";
    }

    /** The rule in words, without the named people: "role trainee in Emergency department". */
    public String ruleInWords() {
        String roleWords = role.map(r -> "role " + r.name().toLowerCase(Locale.ROOT)).orElse("");
        String departmentWords = departmentName.or(() -> departmentCode).map(DueWords::department).orElse("");
        if (roleWords.isEmpty()) {
            return departmentWords.isEmpty() ? "named" : "everyone in " + departmentWords;
        }
        return departmentWords.isEmpty() ? roleWords : roleWords + " in " + departmentWords;
    }

    /** Why it no longer applies to the person, in words; empty while it does. */
    public Optional<String> endedFor(Assignee person) {
        if (appliesTo(person)) {
            return Optional.empty();
        }
        if (ended) {
            return Optional.of("assignment ended");
        }
        if (!person.enabled()) {
            return Optional.of("account disabled");
        }
        if (!hasRule()) {
            return Optional.of("no longer named");
        }
        if (role.isPresent() && !person.roles().contains(role.get())) {
            return Optional.of("no longer " + role.get().name().toLowerCase(Locale.ROOT));
        }
        return Optional.of("left " + DueWords.department(departmentName.or(() -> departmentCode).orElseThrow()));
    }
}
