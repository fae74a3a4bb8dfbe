package org.ketaminetraining.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A table as a landscape A4 PDF: a title and lines about what it shows (filters, the date) on the first page, the
 * header row repeated on every page, rows that wrap their text within their column and never break across pages,
 * and "Page n of m" at the foot of each page.
 *
 * <p>Text is printed in DejaVu Sans, the font the certificates embed (as a subset), so names in Latin, Greek and
 * Cyrillic script with any accents print as written. A character DejaVu lacks (CJK, for example) prints as
 * {@value #MISSING}: the certificates lay such text out over the server's fallback fonts, which a report of
 * thousands of rows does not need to pay for; the CSV and XLSX carry every name exactly.
 *
 * <p>PDFBox keeps the document in memory until it is saved; only the pages are, not a second copy of the rows.
 */
public final class PdfTable {

    static final String MISSING = "?";
    private static final String FONT_FOLDER = "/org/ketaminetraining/certification/document/";
    private static final PDRectangle LANDSCAPE_A4 = new PDRectangle(PDRectangle.A4.getHeight(),
            PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float CELL_SIZE = 8;
    private static final float LEADING = CELL_SIZE * 1.25f;
    private static final float PADDING = 3;
    private static final float TITLE_SIZE = 14;
    private static final float NOTE_SIZE = 9;
    /** A cell wraps to at most this many lines, so one row always fits on a page. */
    static final int MAX_LINES_PER_CELL = 8;

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final List<String> header;
    private final float[] widths;
    private PDPageContentStream content;
    private float y;

    private PdfTable(PDDocument document, List<String> header, float[] shares) throws IOException {
        this.document = document;
        this.regular = font(document, "DejaVuSans.ttf");
        this.bold = font(document, "DejaVuSans-Bold.ttf");
        this.header = List.copyOf(header);
        float total = 0;
        for (float share : shares) {
            total += share;
        }
        float usable = LANDSCAPE_A4.getWidth() - 2 * MARGIN;
        this.widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = usable * shares[i] / total;
        }
    }

    /**
     * Writes the document to {@code out} (which is not closed).
     *
     * @param notes  lines printed under the title, such as the filters and the date
     * @param shares each column's share of the page's width, one per header column
     */
    public static void write(OutputStream out, String title, List<String> notes, List<String> header, float[] shares,
            Iterable<List<String>> rows) throws IOException {
        if (shares.length != header.size()) {
            throw new IllegalArgumentException("one width share per column");
        }
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(title);
            PdfTable table = new PdfTable(document, header, shares);
            table.newPage();
            table.heading(title, notes);
            table.row(header, table.bold);
            for (List<String> row : rows) {
                table.row(row, table.regular);
            }
            table.content.close();
            table.numberPages();
            document.save(out);
        }
    }

    private void heading(String title, List<String> notes) throws IOException {
        y -= TITLE_SIZE;
        text(bold, TITLE_SIZE, MARGIN, y, printable(title, bold));
        y -= TITLE_SIZE * 0.6f;
        for (String note : notes) {
            y -= NOTE_SIZE * 1.3f;
            text(regular, NOTE_SIZE, MARGIN, y, printable(note, regular));
        }
        y -= NOTE_SIZE;
    }

    /** One row; on a new page (after the repeated header) when it does not fit on this one. */
    private void row(List<String> cells, PDType0Font font) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> wrapped = wrap(i < cells.size() ? cells.get(i) : "", font, widths[i] - 2 * PADDING);
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        float height = most * LEADING + 2 * PADDING;
        if (y - height < MARGIN + NOTE_SIZE * 2) {
            content.close();
            newPage();
            if (font != bold) {
                row(header, bold);
            }
        }
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            float lineY = y - PADDING - CELL_SIZE;
            for (String line : lines.get(i)) {
                text(font, CELL_SIZE, x + PADDING, lineY, line);
                lineY -= LEADING;
            }
            x += widths[i];
        }
        y -= height;
        content.setLineWidth(font == bold ? 0.8f : 0.3f);
        content.moveTo(MARGIN, y);
        content.lineTo(LANDSCAPE_A4.getWidth() - MARGIN, y);
        content.stroke();
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(LANDSCAPE_A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = LANDSCAPE_A4.getHeight() - MARGIN;
    }

    private void numberPages() throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String words = "Page " + (i + 1) + " of " + count;
                float width = regular.getStringWidth(words) / 1000 * NOTE_SIZE;
                foot.beginText();
                foot.setFont(regular, NOTE_SIZE);
                foot.newLineAtOffset(LANDSCAPE_A4.getWidth() - MARGIN - width, MARGIN - NOTE_SIZE);
                foot.showText(words);
                foot.endText();
            }
        }
    }

    private void text(PDType0Font font, float size, float x, float baseline, String line) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }

    /** The cell's text in lines no wider than {@code width}, broken at spaces, or inside a word too long for one. */
    List<String> wrap(String cell, PDType0Font font, float width) throws IOException {
        String text = printable(cell == null ? "" : cell, font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
                String piece = word.substring(i, word.offsetByCodePoints(i, 1));
                if (!line.isEmpty() && width(line + piece, font) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(piece);
            }
        }
        lines.add(line.toString());
        if (lines.size() > MAX_LINES_PER_CELL) {
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES_PER_CELL));
            cut.set(MAX_LINES_PER_CELL - 1, cut.get(MAX_LINES_PER_CELL - 1) + "\u2026");
            return cut;
        }
        return lines;
    }

    private static float width(String text, PDType0Font font) throws IOException {
        return font.getStringWidth(text) / 1000 * CELL_SIZE;
    }

    /** The text with white space as plain spaces and every character the font cannot print as {@value #MISSING}. */
    static String printable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                out.append(' ');
            } else if (Character.isISOControl(codePoint) || font.getCmapLookup().getGlyphId(codePoint) == 0) {
                out.append(MISSING);
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    private static PDType0Font font(PDDocument document, String file) throws IOException {
        try (InputStream in = PdfTable.class.getResourceAsStream(FONT_FOLDER + file)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("font " + file + " is missing from the application"));
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
