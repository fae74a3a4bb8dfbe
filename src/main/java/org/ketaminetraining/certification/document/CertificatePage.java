package org.ketaminetraining.certification.document;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.certification.signing.CertificatePayload;

/**
 * The certificate's one A4 landscape page: what it says and where.
 *
 * <p>The page has two parts. The upper part is a centred column (provider, "Certificate of completion", the
 * holder's name, the programme and its curriculum version) that grows with long names and titles as
 * {@link FittedText} allows and, if it still does not fit its band, is scaled down as a whole; it never reaches the
 * lower part. The lower part has fixed places: on the left the dates, contact hours and verification code; on the
 * right the QR code, and under it the caption with the verification URL written out. The QR code and the caption
 * are links to the URL in PDF viewers.
 */
final class CertificatePage {

    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private static final float WIDTH = A4_LANDSCAPE.getWidth();
    private static final float HEIGHT = A4_LANDSCAPE.getHeight();
    static final float MARGIN = 56;
    private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final float LEADING = 1.2f;
    /** DejaVu Sans rises this far above the baseline, in em: where the first baseline of a block goes. */
    private static final float ASCENT = 0.93f;
    private static final float FLOW_TOP = HEIGHT - 64;
    private static final float FLOW_BOTTOM = 220;
    static final float QR_SIZE = 122;
    private static final float QR_X = WIDTH - MARGIN - QR_SIZE;
    private static final float QR_Y = 78;
    private static final float CAPTION_BASELINE = 62;
    private static final float[] INK = {0.08f, 0.08f, 0.1f};
    private static final float[] NAVY = {0.12f, 0.23f, 0.42f};
    private static final float[] GREY = {0.36f, 0.38f, 0.42f};

    private record Block(String text, Lettering lettering, float maxSize, float minSize, int maxLines,
            float gapBefore, float[] colour) {
    }

    private record Placed(Block block, FittedText fitted) {
    }

    /** The fitted column: its blocks, the scale applied to their sizes and gaps, its total height. */
    private record Column(List<Placed> blocks, float scale, float height) {
    }

    private CertificatePage() {
    }

    /**
     * Draws the certificate for {@code payload} on {@code page}. Texts from the payload may be in any script
     * ({@link CertificateFonts#lettering}); the page's own words are DejaVu text.
     */
    static void draw(PDDocument document, PDPage page, CertificateFonts fonts, CertificatePayload payload,
            String url, QrCode qr) throws IOException {
        List<Block> column = List.of(
                new Block(payload.provider(), fonts.lettering(payload.provider(), false), 15, 10, 2, 0, GREY),
                new Block("Certificate of completion", fonts.plain(true), 32, 32, 1, 14, NAVY),
                new Block("This certifies that", fonts.plain(false), 12, 12, 1, 24, GREY),
                new Block(payload.holderName(), fonts.lettering(payload.holderName(), true), 34, 16, 2, 10, INK),
                new Block("has completed", fonts.plain(false), 12, 12, 1, 12, GREY),
                new Block(payload.programmeTitle(), fonts.lettering(payload.programmeTitle(), true), 20, 12, 3, 8,
                        INK),
                new Block("Curriculum version " + payload.curriculumVersion(),
                        fonts.lettering("Curriculum version " + payload.curriculumVersion(), false), 12, 9, 2, 10,
                        GREY));

        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            frame(content);
            drawColumn(content, fitColumn(column));
            drawDetails(content, fonts, payload);
            qr.draw(content, QR_X, QR_Y, QR_SIZE);
            PDRectangle caption = drawCaption(content, fonts.plain(false), url);
            page.setAnnotations(List.of(link(new PDRectangle(QR_X, QR_Y, QR_SIZE, QR_SIZE), url),
                    link(caption, url)));
        }
    }

    /** "4 contact hours", "1.5 contact hours", "1 contact hour". */
    static String contactHours(BigDecimal hours) {
        return hours.toPlainString() + (hours.compareTo(BigDecimal.ONE) == 0 ? " contact hour" : " contact hours");
    }

    /** Day, month in words, year ("1 March 2025"), as every page and export writes a certificate's days. */
    static String date(LocalDate date) {
        return CertificateDates.inWords(date);
    }

    private static void frame(PDPageContentStream content) throws IOException {
        content.saveGraphicsState();
        content.setStrokingColor(NAVY[0], NAVY[1], NAVY[2]);
        content.setLineWidth(2f);
        content.addRect(20, 20, WIDTH - 40, HEIGHT - 40);
        content.stroke();
        content.setLineWidth(0.6f);
        content.addRect(26, 26, WIDTH - 52, HEIGHT - 52);
        content.stroke();
        content.restoreGraphicsState();
    }

    /** Fits each block, and scales the whole column down until it fits between its top and bottom. */
    private static Column fitColumn(List<Block> column) {
        float available = FLOW_TOP - FLOW_BOTTOM;
        float scale = 1f;
        while (true) {
            List<Placed> placed = new ArrayList<>();
            float height = 0;
            for (Block block : column) {
                float max = Math.max(FittedText.FLOOR_SIZE, block.maxSize() * scale);
                float min = Math.min(max, Math.max(FittedText.FLOOR_SIZE, block.minSize() * scale));
                FittedText fitted = FittedText.fit(block.text(), block.lettering(), TEXT_WIDTH, max, min,
                        block.maxLines());
                placed.add(new Placed(block, fitted));
                height += block.gapBefore() * scale + fitted.height(LEADING);
            }
            if (height <= available || scale < 0.3f) {
                return new Column(placed, scale, height);
            }
            scale *= Math.max(0.5f, Math.min(0.95f, available / height));
        }
    }

    private static void drawColumn(PDPageContentStream content, Column column) throws IOException {
        float top = FLOW_TOP - Math.max(0, (FLOW_TOP - FLOW_BOTTOM - column.height()) / 2);
        for (Placed placed : column.blocks()) {
            top -= placed.block().gapBefore() * column.scale();
            FittedText fitted = placed.fitted();
            for (String line : fitted.lines()) {
                Lettering lettering = placed.block().lettering();
                float width = lettering.width(line, fitted.size());
                lettering.draw(content, line, fitted.size(), placed.block().colour(), (WIDTH - width) / 2,
                        top - fitted.size() * ASCENT);
                top -= fitted.size() * LEADING;
            }
        }
    }

    private static void drawDetails(PDPageContentStream content, CertificateFonts fonts, CertificatePayload payload)
            throws IOException {
        float width = QR_X - MARGIN - 24;
        float y = 186;
        List<String> lines = new ArrayList<>();
        lines.add("Issued " + date(payload.issuedOn()));
        lines.add("Valid through " + date(CertificatePdf.validThrough(payload)));
        payload.contactHours().ifPresent(hours -> lines.add(contactHours(hours)));
        for (String line : lines) {
            FittedText fitted = FittedText.fit(line, fonts.plain(false), width, 11, 7, 1);
            fonts.plain(false).draw(content, fitted.lines().get(0), fitted.size(), INK, MARGIN, y);
            y -= 17;
        }
        fonts.plain(false).draw(content, "Verification code", 9, GREY, MARGIN, 118);
        fonts.plain(true).draw(content, payload.verificationCode().toString(), 15, INK, MARGIN, 100);
    }

    /** The caption right-aligned under the QR code; one line if it fits, else the URL on a line of its own. */
    private static PDRectangle drawCaption(PDPageContentStream content, Lettering font, String url)
            throws IOException {
        String lead = "Scan to verify, or visit";
        FittedText fitted = FittedText.fit(lead + " " + url, font, TEXT_WIDTH, 9, 7, 1);
        if (fitted.lines().size() > 1) {
            FittedText address = FittedText.fit(url, font, TEXT_WIDTH, 9, 6, 2);
            List<String> lines = new ArrayList<>();
            lines.add(lead);
            lines.addAll(address.lines());
            fitted = new FittedText(address.size(), lines);
        }
        float right = WIDTH - MARGIN;
        float y = CAPTION_BASELINE + (fitted.lines().size() - 1) * fitted.size() * LEADING / 2;
        float left = right;
        float top = y + fitted.size() * ASCENT;
        for (String line : fitted.lines()) {
            float width = font.width(line, fitted.size());
            font.draw(content, line, fitted.size(), GREY, right - width, y);
            left = Math.min(left, right - width);
            y -= fitted.size() * LEADING;
        }
        float bottom = y + fitted.size() * LEADING - fitted.size() * 0.25f;
        return new PDRectangle(left, bottom, right - left, top - bottom);
    }

    private static PDAnnotationLink link(PDRectangle area, String url) {
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        link.setAction(action);
        link.setContents("Verify this certificate at " + url);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        return link;
    }
}
