package org.ketaminetraining.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What importing a user file would change, computed before anything is changed so that an administrator can
 * preview it. People not named in the file are left alone; for people named in it the file is authoritative
 * for display name, email, departments and roles.
 */
public record UserImportPlan(List<Change> changes, List<UserCsv.Problem> problems) {

    /** What happens to one person. */
    public enum Kind { CREATE, UPDATE, UNCHANGED }

    /** One line's effect, with the differences in plain words for the preview. */
    public record Change(int line, String username, Kind kind, List<String> differences, UserCsv.Row row) {
    }

    /** An account as it stands, reduced to what the import may change. */
    public record Existing(String username, String displayName, String email, Set<String> departmentCodes,
                           Set<Role> roles) {
    }

    /** Compares the parsed file with the accounts that exist. */
    public static UserImportPlan of(UserCsv.Parsed parsed, Map<String, Existing> existingByUsername) {
        List<Change> changes = new ArrayList<>();
        for (UserCsv.Row row : parsed.rows()) {
            Existing existing = existingByUsername.get(row.username());
            if (existing == null) {
                changes.add(new Change(row.line(), row.username(), Kind.CREATE, List.of("new account with roles "
                        + new TreeSet<>(row.roles()) + " in " + new TreeSet<>(row.departmentCodes())), row));
                continue;
            }
            List<String> differences = differences(existing, row);
            changes.add(new Change(row.line(), row.username(), differences.isEmpty() ? Kind.UNCHANGED : Kind.UPDATE,
                    differences, row));
        }
        return new UserImportPlan(List.copyOf(changes), parsed.problems());
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
        return differences;
    }
}
