package org.ketaminetraining.compliance;

import java.util.Locale;

/** Small wording rules shared by the reasons and descriptions people read. */
final class DueWords {

    private DueWords() {
    }

    /** "Emergency" becomes "Emergency department"; "Emergency Department" stays as it is. */
    static String department(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("department") ? name : name + " department";
    }
}
