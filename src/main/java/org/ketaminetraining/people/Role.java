package org.ketaminetraining.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person may do. One person may hold several roles. */
public enum Role {
    /** Studies and takes assessments. */
    TRAINEE,
    /** Authors and imports question banks, sees item statistics. */
    EDUCATOR,
    /** Sees completion and currency for the departments they manage. */
    MANAGER,
    /** Runs the installation: accounts, roles, departments, backups. */
    ADMIN;

    /** Parses a role name case-insensitively, ignoring surrounding blanks. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }
}
