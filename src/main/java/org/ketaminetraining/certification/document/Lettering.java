package org.ketaminetraining.certification.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * How the lines of one block of text are measured and drawn: as PDF text in an embedded font ({@link Plain}), or
 * laid out by the JDK and drawn as outlines with the text attached ({@link Shaped}). {@link CertificateFonts}
 * picks one per block.
 */
interface Lettering extends FittedText.Measure {

    /** Draws one line with the left end of its baseline at ({@code x}, {@code baseline}). */
    void draw(PDPageContentStream content, String line, float size, float[] colour, float x, float baseline)
            throws IOException;

    /** Width of a line at {@code size}, in points. */
    default float width(String line, float size) {
        return unitWidth(line) * size;
    }

    /** PDF text in one embedded (subset) font, which draws every character of the block left to right. */
    record Plain(PDType0Font font) implements Lettering {

        @Override
        public float unitWidth(String text) {
            try {
                return font.getStringWidth(text) / 1000;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void draw(PDPageContentStream content, String line, float size, float[] colour, float x,
                float baseline) throws IOException {
            content.beginText();
            content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(line);
            content.endText();
        }
    }

    /**
     * Lines laid out by {@link ShapedLine} with the fonts {@code choice} picks. Each line is laid out once however
     * often {@link FittedText} measures it.
     */
    final class Shaped implements Lettering {

        private final PDDocument document;
        private final PDType0Font anchor;
        private final ShapedLine.FontChoice choice;
        private final Map<String, ShapedLine> lines = new HashMap<>();

        Shaped(PDDocument document, PDType0Font anchor, ShapedLine.FontChoice choice) {
            this.document = document;
            this.anchor = anchor;
            this.choice = choice;
        }

        ShapedLine line(String text) {
            return lines.computeIfAbsent(text, t -> ShapedLine.lay(t, choice));
        }

        @Override
        public float unitWidth(String text) {
            return text.isEmpty() ? 0 : line(text).unitWidth();
        }

        @Override
        public void draw(PDPageContentStream content, String line, float size, float[] colour, float x,
                float baseline) throws IOException {
            if (!line.isEmpty()) {
                line(line).draw(document, content, anchor, size, colour, x, baseline);
            }
        }
    }
}
