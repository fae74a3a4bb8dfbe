package org.ketaminetraining.bank.interchange;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns foreign question names into bank ids (lower-case words joined by hyphens) that are unique within one
 * import. Names that already are valid ids are kept, so our own exports come back with their ids.
 */
public final class ImportedIds {
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern NOT_ID_CHARACTERS = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_LENGTH = 60;

    private final Set<String> used = new HashSet<>();
    private int unnamed;

    public String idFor(String name) {
        String base = ID.matcher(name).matches() ? name : slug(name);
        if (base.isEmpty()) {
            base = "imported-" + (++unnamed);
        }
        String id = base;
        for (int suffix = 2; !used.add(id); suffix++) {
            id = base + "-" + suffix;
        }
        return id;
    }

    private static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = NOT_ID_CHARACTERS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }
}
