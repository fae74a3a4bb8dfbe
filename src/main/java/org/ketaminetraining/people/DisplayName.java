package org.ketaminetraining.people;

import java.util.Optional;

/**
 * What a person's name may contain: letters, combining marks, spaces and punctuation, in any script, and nothing
 * else.
 *
 * <p>Why so strict: a name is shown to managers in reports, printed on certificates and written into CSV files
 * that HR opens in spreadsheets. A control character (U+0000) can cut it short or corrupt a file; a bidirectional
 * override (U+202E) or isolate makes it display differently from what it is ("Ann\u202Eetaw" reads as a different
 * person in a report); symbols and digits are not part of anyone's name. The two joiners U+200C and U+200D are the
 * exception among invisible characters: Persian, Hindi and other scripts need them to spell names correctly.
 */
public final class DisplayName {

    /** Longest name accepted, in UTF-16 units as stored. */
    public static final int MAX_LENGTH = 120;

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private DisplayName() {
    }

    /**
     * What is wrong with a name (already stripped of surrounding blanks), in words fit to show; empty when it is
     * acceptable.
     */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter the person's name.");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("The name has " + name.length() + " characters; at most " + MAX_LENGTH
                    + " are allowed.");
        }
        int position = 1;
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i)), position++) {
            int c = name.codePointAt(i);
            if (!allowed(c)) {
                return Optional.of("A name may hold only letters, marks, spaces and punctuation; character "
                        + position + " is " + describe(c) + ".");
            }
        }
        return Optional.empty();
    }

    private static boolean allowed(int c) {
        if (c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.SPACE_SEPARATOR,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION ->
                true;
            default -> false;
        };
    }

    /** "U+202E (RIGHT-TO-LEFT OVERRIDE)": the code point, and its name where Unicode gives one. */
    private static String describe(int c) {
        String name = Character.getName(c);
        return String.format("U+%04X", c) + (name == null ? "" : " (" + name + ")");
    }
}
