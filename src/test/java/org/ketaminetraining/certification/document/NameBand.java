package org.ketaminetraining.certification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The strip of a rendered certificate where the holder's name is printed: between the baseline of "This certifies
 * that" and the top of "has completed", the full width of the page, rendered by PDFBox at 72 dpi.
 */
final class NameBand {

    private static final float DPI = 72;

    private NameBand() {
    }

    static BufferedImage of(byte[] pdf) {
        List<Fixtures.Glyph> glyphs = Fixtures.glyphs(pdf);
        String text = glyphs.stream().map(Fixtures.Glyph::text).collect(Collectors.joining());
        float above = glyphs.get(start(text, "This c", glyphs)).bottom();
        float below = glyphs.get(start(text, "has completed", glyphs)).top();
        assertThat(above).isGreaterThan(below);
        BufferedImage page = Fixtures.renderPage(pdf, DPI);
        float pageHeight = page.getHeight() * 72 / DPI;
        int top = Math.round((pageHeight - above) * DPI / 72) + 1;
        int bottom = Math.round((pageHeight - below) * DPI / 72) - 1;
        return page.getSubimage(0, top, page.getWidth(), bottom - top);
    }

    /** The glyph where {@code words} begin; a glyph may stand for several characters (a ligature, actual text). */
    private static int start(String text, String words, List<Fixtures.Glyph> glyphs) {
        int at = text.indexOf(words);
        assertThat(at).as("'%s' on the page", words).isNotNegative();
        int offset = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            offset += glyphs.get(i).text().length();
            if (offset > at) {
                return i;
            }
        }
        throw new AssertionError("no glyph at " + at);
    }

    /** Pixels darker than mid-grey. */
    static int inkedPixels(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 128) {
                    inked++;
                }
            }
        }
        return inked;
    }

    static boolean sameImage(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
