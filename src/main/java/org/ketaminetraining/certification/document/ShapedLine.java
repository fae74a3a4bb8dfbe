package org.ketaminetraining.certification.document;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.AttributedString;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * One line of text laid out by the JDK's text engine and drawn into the PDF as glyph outlines, for text DejaVu
 * Sans cannot print as plain PDF text: right-to-left scripts, scripts whose letters join or combine (Arabic,
 * Devanagari), and characters only other fonts have (CJK, emoji).
 *
 * <p>Why this way. PDFBox 3.0 embeds and subsets TrueType-outline fonts only (an OpenType font with CFF outlines,
 * such as Debian's Noto Sans CJK collections, fails with "OTF fonts do not have a glyf table", and a collection
 * cannot be embedded whole), and it neither reorders right-to-left text nor applies the OpenType rules that join
 * Arabic letters (its glyph substitution covers Latin, Bengali, Devanagari and Gujarati, without mark positioning).
 * {@link TextLayout} does all of it: the Unicode bidirectional algorithm, and shaping with HarfBuzz, over any
 * OpenType or TrueType font the JDK can open. Its outlines, written as PDF paths, print exactly what it laid out
 * in every viewer, with no font in the file at all.
 *
 * <p>So that the drawing is still text for copying, searching and screen readers, each line is a form XObject
 * wrapped in a marked-content sequence whose {@code /ActualText} is the line as written (logical order), and holds
 * one invisible space stretched across the line: viewers attach the actual text to the glyphs shown inside the
 * sequence, and a sequence of paths alone has none (Poppler's {@code pdftotext} then finds nothing). The property
 * list is written inline because Poppler ignores one given by name from the resources, which is all PDFBox's own
 * {@code beginMarkedContent} writes.
 *
 * <p>Text is laid out at {@value #UNITS} units to the em with fractional metrics and unhinted outlines, so widths
 * scale exactly with the font size and the same fonts give the same bytes.
 */
final class ShapedLine {

    /** The layout's font size: one unit of the layout is a thousandth of an em, as in PDF glyph widths. */
    static final float UNITS = 1000f;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final String text;
    private final TextLayout layout;

    private ShapedLine(String text, TextLayout layout) {
        this.text = text;
        this.layout = layout;
    }

    /** Lays out a non-empty {@code text}, each character in the font {@code fonts} chooses for it. */
    static ShapedLine lay(String text, FontChoice fonts) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty line has no layout");
        }
        AttributedString attributed = new AttributedString(text);
        Font current = null;
        int runStart = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            Font font = fonts.fontFor(text.codePointAt(i), current);
            if (current != null && font != current) {
                attributed.addAttribute(TextAttribute.FONT, current.deriveFont(UNITS), runStart, i);
                runStart = i;
            }
            current = font;
        }
        attributed.addAttribute(TextAttribute.FONT, current.deriveFont(UNITS), runStart, text.length());
        return new ShapedLine(text, new TextLayout(attributed.getIterator(), FRC));
    }

    String text() {
        return text;
    }

    TextLayout layout() {
        return layout;
    }

    /** Width at font size 1, in points per point of size. */
    float unitWidth() {
        return layout.getAdvance() / UNITS;
    }

    /**
     * Draws the line with its left end of the baseline at ({@code x}, {@code baseline}), in {@code colour}.
     *
     * @param anchor the font of the invisible space that carries the actual text (already in the document)
     */
    void draw(PDDocument document, PDPageContentStream content, PDType0Font anchor, float size, float[] colour,
            float x, float baseline) throws IOException {
        PDFormXObject form = form(document, anchor);
        float scale = size / UNITS;
        content.saveGraphicsState();
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.transform(new Matrix(scale, 0, 0, scale, x, baseline));
        content.drawForm(form);
        content.restoreGraphicsState();
    }

    private PDFormXObject form(PDDocument document, PDType0Font anchor) throws IOException {
        Shape outline = layout.getOutline(null);
        Rectangle2D ink = outline.getBounds2D();
        float advance = layout.getAdvance();
        PDFormXObject form = new PDFormXObject(document);
        form.setResources(new PDResources());
        // Layout space has y downwards, PDF space upwards. The box holds the ink and the invisible space's em.
        float left = (float) Math.min(0, ink.getMinX()) - 1;
        float right = (float) Math.max(advance, ink.getMaxX()) + 1;
        float bottom = (float) Math.min(-0.25f * UNITS, -ink.getMaxY()) - 1;
        float top = (float) Math.max(UNITS, -ink.getMinY()) + 1;
        form.setBBox(new PDRectangle(left, bottom, right - left, top - bottom));
        try (PDFormContentStream stream = new PDFormContentStream(form)) {
            fill(stream, outline);
            stream.beginText();
            stream.setRenderingMode(RenderingMode.NEITHER);
            stream.setFont(anchor, UNITS);
            float space = anchor.getStringWidth(" ");
            stream.setHorizontalScaling(space > 0 ? 100f * advance / space : 100f);
            stream.showText(" ");
            stream.endText();
        }
        wrapInActualText(form);
        return form;
    }

    /** Writes the outline as a filled path; TrueType quadratic curves become the cubic ones PDF has. */
    private static void fill(PDFormContentStream stream, Shape outline) throws IOException {
        PathIterator segments = outline.getPathIterator(null);
        float[] p = new float[6];
        float lastX = 0;
        float lastY = 0;
        float startX = 0;
        float startY = 0;
        boolean any = false;
        for (; !segments.isDone(); segments.next()) {
            switch (segments.currentSegment(p)) {
                case PathIterator.SEG_MOVETO -> {
                    stream.moveTo(p[0], -p[1]);
                    lastX = p[0];
                    lastY = p[1];
                    startX = lastX;
                    startY = lastY;
                }
                case PathIterator.SEG_LINETO -> {
                    stream.lineTo(p[0], -p[1]);
                    lastX = p[0];
                    lastY = p[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    float c1x = lastX + 2f / 3 * (p[0] - lastX);
                    float c1y = lastY + 2f / 3 * (p[1] - lastY);
                    float c2x = p[2] + 2f / 3 * (p[0] - p[2]);
                    float c2y = p[3] + 2f / 3 * (p[1] - p[3]);
                    stream.curveTo(c1x, -c1y, c2x, -c2y, p[2], -p[3]);
                    lastX = p[2];
                    lastY = p[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    stream.curveTo(p[0], -p[1], p[2], -p[3], p[4], -p[5]);
                    lastX = p[4];
                    lastY = p[5];
                }
                default -> {
                    stream.closePath();
                    lastX = startX;
                    lastY = startY;
                }
            }
            any = true;
        }
        if (!any) {
            return;
        }
        if (segments.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            stream.fillEvenOdd();
        } else {
            stream.fill();
        }
    }

    /** Puts the form's content inside {@code /Span <</ActualText (the line)>> BDC ... EMC}, compressed. */
    private void wrapInActualText(PDFormXObject form) throws IOException {
        byte[] body = form.getContentStream().toByteArray();
        ByteArrayOutputStream wrapped = new ByteArrayOutputStream(body.length + 2 * text.length() + 64);
        wrapped.writeBytes("/Span <</ActualText ".getBytes(StandardCharsets.US_ASCII));
        COSWriter.writeString(new COSString(text), wrapped);
        wrapped.writeBytes(">> BDC\n".getBytes(StandardCharsets.US_ASCII));
        wrapped.writeBytes(body);
        wrapped.writeBytes("\nEMC\n".getBytes(StandardCharsets.US_ASCII));
        try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(wrapped.toByteArray());
        }
    }

    /** Chooses the font of each character of a line, given the font of the character before (null at the start). */
    @FunctionalInterface
    interface FontChoice {
        Font fontFor(int codePoint, Font previous);
    }
}
