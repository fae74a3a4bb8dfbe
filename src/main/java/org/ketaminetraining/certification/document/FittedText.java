package org.ketaminetraining.certification.document;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text fitted into a line width: the font size chosen and the lines it was broken into.
 *
 * <p>Why a rule rather than a fixed size: names and titles come from people, and the longest a payload accepts is
 * 300 characters. The rule, {@link #fit}, prefers one line: it shrinks the size from the largest towards the
 * smallest preferred size; only when one line cannot hold the text even at that smallest size does it allow a
 * second line (and so on up to the allowed number of lines), again at the largest size that fits. A text that
 * fits no other way goes below the smallest preferred size, down to {@value #FLOOR_SIZE} points; text never runs
 * off the page. Lines break where the English line-breaking rules of {@link BreakIterator} allow (between words,
 * after hyphens); a single word wider than the line is broken between characters.
 *
 * @param size the font size in points
 * @param lines the lines, each within the width at that size, without leading or trailing white space
 */
record FittedText(float size, List<String> lines) {

    /** Width of a text at font size 1 (in points per point of font size), as the font measures it. */
    @FunctionalInterface
    interface Measure {
        float unitWidth(String text);
    }

    /** Sizes are tried in steps of this many points. */
    static final float STEP = 0.5f;
    /** The smallest size ever used, below any preferred minimum: still legible on paper. */
    static final float FLOOR_SIZE = 5f;

    FittedText {
        lines = List.copyOf(lines);
    }

    /**
     * Fits {@code text} into lines of at most {@code width} points.
     *
     * @param maxSize the size to use if the text fits on one line at it
     * @param minSize the smallest size preferred before wrapping onto another line
     * @param maxLines the most lines allowed
     */
    static FittedText fit(String text, Measure measure, float width, float maxSize, float minSize, int maxLines) {
        Objects.requireNonNull(text, "text");
        if (!(width > 0) || !(minSize >= FLOOR_SIZE) || maxSize < minSize || maxLines < 1) {
            throw new IllegalArgumentException("cannot fit text into width " + width + ", sizes " + minSize
                    + " to " + maxSize + ", " + maxLines + " lines");
        }
        for (int lines = 1; lines <= maxLines; lines++) {
            for (float size = maxSize; size >= minSize; size -= STEP) {
                List<String> wrapped = wrap(text, measure, width / size);
                if (wrapped.size() <= lines) {
                    return new FittedText(size, wrapped);
                }
            }
        }
        for (float size = minSize - STEP; size > FLOOR_SIZE; size -= STEP) {
            List<String> wrapped = wrap(text, measure, width / size);
            if (wrapped.size() <= maxLines) {
                return new FittedText(size, wrapped);
            }
        }
        return new FittedText(FLOOR_SIZE, wrap(text, measure, width / FLOOR_SIZE));
    }

    /** Greedy line breaking: each line takes as many break-delimited pieces as fit in {@code maxUnits}. */
    static List<String> wrap(String text, Measure measure, float maxUnits) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(text, BreakIterator.getLineInstance(Locale.ENGLISH))) {
            if (fits(line + piece, measure, maxUnits)) {
                line.append(piece);
                continue;
            }
            if (!line.toString().isBlank()) {
                lines.add(line.toString().strip());
            }
            line.setLength(0);
            if (fits(piece, measure, maxUnits)) {
                line.append(piece);
                continue;
            }
            for (String character : pieces(piece, BreakIterator.getCharacterInstance(Locale.ENGLISH))) {
                if (line.length() > 0 && !fits(line + character, measure, maxUnits)) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                }
                line.append(character);
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    private static boolean fits(String candidate, Measure measure, float maxUnits) {
        return measure.unitWidth(candidate.strip()) <= maxUnits;
    }

    private static List<String> pieces(String text, BreakIterator breaks) {
        breaks.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(text.substring(start, end));
        }
        return pieces;
    }

    /** Height of the lines at {@code leading} times the font size per line. */
    float height(float leading) {
        return lines.size() * size * leading;
    }
}
