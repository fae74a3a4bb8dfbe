package org.ketaminetraining.certification.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The certificate's fonts: DejaVu Sans and DejaVu Sans Bold, embedded into one document as subsets, and the
 * {@link FallbackFonts} for everything they cannot print as plain PDF text.
 *
 * <p>Why an embedded TrueType font: the PDF standard-14 fonts know only about 200 Latin characters, so they cannot
 * print "Łukasiewicz-Nguyễn" or "Анна Петрова". DejaVu Sans covers Latin, Greek and Cyrillic with all their
 * accents; its licence (beside the font files) allows embedding and redistribution. Only the glyphs used are
 * embedded, so a certificate carries some tens of kilobytes of font, not the whole 750 kB file.
 *
 * <p>Which way a text is printed ({@link #lettering}): as DejaVu text when DejaVu has every character, the text is
 * Latin, Greek, Cyrillic or neutral (digits, punctuation, combining accents) and needs no right-to-left ordering:
 * exactly what certificates always printed, byte for byte. Anything else, a Hebrew or Arabic name, Devanagari,
 * CJK, an emoji, is laid out by the JDK over DejaVu and the fallback fonts and drawn as outlines
 * ({@link ShapedLine}). No text is refused: a character no font has prints as an empty box, and the text behind the
 * drawing stays as written.
 */
final class CertificateFonts {

    /** The family name, for messages. */
    static final String FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR_FILE = resource("DejaVuSans.ttf");
    private static final byte[] BOLD_FILE = resource("DejaVuSans-Bold.ttf");
    /** Scripts whose letters PDF text in DejaVu Sans prints as they should be: one glyph after the other. */
    private static final Set<UnicodeScript> PLAIN_SCRIPTS = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
            UnicodeScript.CYRILLIC, UnicodeScript.COMMON, UnicodeScript.INHERITED);

    final PDType0Font regular;
    final PDType0Font bold;
    private final PDDocument document;
    private final FallbackFonts fallback;

    private CertificateFonts(PDDocument document, PDType0Font regular, PDType0Font bold, FallbackFonts fallback) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        this.fallback = fallback;
    }

    /** Both DejaVu faces, loaded for embedding (as subsets) into {@code document}, and the fallback fonts. */
    static CertificateFonts loadInto(PDDocument document, FallbackFonts fallback) throws IOException {
        return new CertificateFonts(document, PDType0Font.load(document, new ByteArrayInputStream(REGULAR_FILE), true),
                PDType0Font.load(document, new ByteArrayInputStream(BOLD_FILE), true), fallback);
    }

    /** DejaVu text, for the page's own English words, dates and codes. */
    Lettering plain(boolean boldFace) {
        return new Lettering.Plain(boldFace ? bold : regular);
    }

    /** The way to print {@code text}, which may be in any script (names, titles). */
    Lettering lettering(String text, boolean boldFace) {
        if (drawsPlainly(text, boldFace ? bold : regular)) {
            return plain(boldFace);
        }
        return new Lettering.Shaped(document, regular, choice(text, boldFace, fallback));
    }

    /** Whether PDF text in {@code font} prints {@code text} correctly: every glyph there, left to right, unjoined. */
    static boolean drawsPlainly(String text, PDType0Font font) {
        if (Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return false;
        }
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            if (!PLAIN_SCRIPTS.contains(UnicodeScript.of(codePoint))
                    || font.getCmapLookup().getGlyphId(codePoint) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The font for each character of a shaped text: neutral characters (spaces, punctuation, marks, joiners) stay
     * in the font of the character before them where it has them, so a run of Arabic keeps its spaces and a mark
     * its base; Latin, Greek and Cyrillic take DejaVu as on every other certificate; everything else the first
     * fallback font that draws it; and what none draws, DejaVu where it can, else an empty box.
     */
    static ShapedLine.FontChoice choice(String text, boolean boldFace, FallbackFonts fallback) {
        String region = cjkRegion(text);
        Font dejaVu = boldFace ? DejaVuOutlines.BOLD : DejaVuOutlines.REGULAR;
        return (codePoint, previous) -> {
            UnicodeScript script = UnicodeScript.of(codePoint);
            boolean neutral = script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED;
            if (previous != null && neutral && (clings(codePoint) || FallbackFonts.draws(previous, codePoint))) {
                return previous;
            }
            if (PLAIN_SCRIPTS.contains(script) && FallbackFonts.draws(dejaVu, codePoint)) {
                return dejaVu;
            }
            Optional<Font> found = fallback.fontFor(codePoint, boldFace, region);
            if (found.isPresent()) {
                return found.get();
            }
            if (FallbackFonts.draws(dejaVu, codePoint)) {
                return dejaVu;
            }
            fallback.reportMissing(codePoint);
            return previous != null ? previous : dejaVu;
        };
    }

    /** Marks and invisible format characters belong to the character before them, whatever font has them. */
    private static boolean clings(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
    }

    /** The forms for Han ideographs: Japanese if the text has kana, Korean if it has Hangul, else Chinese. */
    static String cjkRegion(String text) {
        boolean hangul = false;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            UnicodeScript script = UnicodeScript.of(text.codePointAt(i));
            if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
                return "JP";
            }
            hangul |= script == UnicodeScript.HANGUL;
        }
        return hangul ? "KR" : "SC";
    }

    /**
     * The code points of {@code text} that no font draws when it is shaped: those print as empty boxes. Empty for
     * text DejaVu prints plainly.
     */
    static List<Integer> undrawable(String text, boolean boldFace, FallbackFonts fallback) {
        ShapedLine.FontChoice choice = choice(text, boldFace, fallback);
        List<Integer> missing = new ArrayList<>();
        Font current = null;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            current = choice.fontFor(codePoint, current);
            if (!clings(codePoint) && !FallbackFonts.draws(current, codePoint)) {
                missing.add(codePoint);
            }
        }
        return missing;
    }

    /** "U+1F600 '😀' (GRINNING FACE)": the code point to look up, the character to recognise, its name. */
    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format("U+%04X '%s'%s", codePoint, Character.toString(codePoint),
                name == null ? "" : " (" + name + ")");
    }

    /** DejaVu for the JDK's text engine, made from the same files as the embedded faces, when first needed. */
    private static final class DejaVuOutlines {
        static final Font REGULAR = awtFont(REGULAR_FILE);
        static final Font BOLD = awtFont(BOLD_FILE);

        private static Font awtFont(byte[] file) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the JDK cannot open the embedded DejaVu Sans", e);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing beside "
                        + CertificateFonts.class.getName() + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }
}
