package org.ketaminetraining.certification.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The certificate's two faces, DejaVu Sans and DejaVu Sans Bold, embedded into one document as subsets.
 *
 * <p>Why an embedded TrueType font: the PDF standard-14 fonts know only about 200 Latin characters, so they cannot
 * print "Łukasiewicz-Nguyễn" or "Анна Петрова". DejaVu Sans covers Latin, Greek and Cyrillic with all their
 * accents; its licence (beside the font files) allows embedding and redistribution. Only the glyphs used are
 * embedded, so a certificate carries some tens of kilobytes of font, not the whole 750 kB file.
 *
 * <p>What it cannot draw is refused up front by {@link #requireDrawable} rather than printed as empty boxes: a
 * character the face has no glyph for (emoji, CJK ideographs), and right-to-left text (Hebrew, Arabic), which the
 * PDF library would lay out left to right and, for Arabic, unjoined.
 */
final class CertificateFonts {

    /** The family name, for messages. */
    static final String FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR_FILE = resource("DejaVuSans.ttf");
    private static final byte[] BOLD_FILE = resource("DejaVuSans-Bold.ttf");

    final PDType0Font regular;
    final PDType0Font bold;

    private CertificateFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Both faces, loaded for embedding (as subsets) into {@code document}. */
    static CertificateFonts loadInto(PDDocument document) throws IOException {
        return new CertificateFonts(PDType0Font.load(document, new ByteArrayInputStream(REGULAR_FILE), true),
                PDType0Font.load(document, new ByteArrayInputStream(BOLD_FILE), true));
    }

    /**
     * Refuses a text that {@code font} cannot print correctly.
     *
     * @param what the field the text comes from, for the message ("holder name")
     * @throws IllegalArgumentException naming the field and the first offending character by code point
     */
    static void requireDrawable(String what, String text, PDType0Font font) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            if (font.getCmapLookup().getGlyphId(codePoint) == 0) {
                throw new IllegalArgumentException(what + " contains " + describe(codePoint) + ", which the "
                        + "certificate font " + FAMILY + " cannot draw");
            }
        }
        if (Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            int offending = text.codePoints().filter(CertificateFonts::isRightToLeft).findFirst().orElse(' ');
            throw new IllegalArgumentException(what + " contains right-to-left text (" + describe(offending)
                    + "), which certificates cannot lay out yet");
        }
    }

    private static boolean isRightToLeft(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE
                || direction == Character.DIRECTIONALITY_ARABIC_NUMBER;
    }

    /** "U+1F600 '😀' (GRINNING FACE)": the code point to look up, the character to recognise, its name. */
    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format("U+%04X '%s'%s", codePoint, Character.toString(codePoint),
                name == null ? "" : " (" + name + ")");
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
