package org.ketaminetraining.certification.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code for one piece of text (on a certificate, the verification URL), drawn into a PDF as vector squares.
 *
 * <p>Why vectors: a raster image of a QR code blurs when a viewer zooms or a printer resamples it, and blurred
 * module edges are what make phone cameras give up; filled rectangles stay sharp at any size and cost a few hundred
 * bytes. Why these settings:
 * <ul>
 *   <li>Error correction level M (about 15 % of the symbol may be damaged): a printed certificate gets folded,
 *       stamped and photocopied, and level M keeps the symbol small enough to scan from across a desk; H would
 *       double its density for damage a certificate rarely suffers.</li>
 *   <li>A quiet zone of {@value #QUIET_ZONE} modules, the width the QR standard requires: without it scanners
 *       mistake the frame or nearby text for part of the symbol. It is part of the {@link #matrix()} and of the
 *       area {@link #draw} covers, so a caller cannot forget it.</li>
 *   <li>UTF-8 for the text, so a URL with non-ASCII characters is read back as written (a verification URL is
 *       normally ASCII and then the choice changes nothing).</li>
 * </ul>
 */
public final class QrCode {

    /** Modules of empty margin on each side, as the QR standard requires. */
    public static final int QUIET_ZONE = 4;

    private final String text;
    private final BitMatrix matrix;

    private QrCode(String text, BitMatrix matrix) {
        this.text = text;
        this.matrix = matrix;
    }

    /**
     * The QR code for {@code text}.
     *
     * @throws IllegalArgumentException if the text is empty or too long for any QR code at level M
     */
    public static QrCode encode(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a QR code needs some text to encode");
        }
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, QUIET_ZONE,
                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        try {
            // Width and height 0 ask for the smallest matrix: one bit per module, quiet zone included.
            return new QrCode(text, new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text.length() + " characters: "
                    + e.getMessage(), e);
        }
    }

    /** The encoded text. */
    public String text() {
        return text;
    }

    /** The symbol, one bit per module ({@code true} is dark), quiet zone included. */
    public BitMatrix matrix() {
        return matrix.clone();
    }

    /** Modules along one side, quiet zone included. */
    public int modules() {
        return matrix.getWidth();
    }

    /**
     * Draws the symbol as filled black squares on a square of {@code size} points whose lower-left corner is at
     * ({@code x}, {@code y}); the quiet zone is the outer {@value #QUIET_ZONE} modules of that square and is left
     * unpainted, so the page behind it must be light. Each row's runs of dark modules become one rectangle, and
     * all of them one fill, so that no hairline seams appear between neighbouring modules when a viewer
     * anti-aliases.
     */
    public void draw(PDPageContentStream content, float x, float y, float size) throws IOException {
        if (!(size > 0) || !Float.isFinite(x) || !Float.isFinite(y)) {
            throw new IllegalArgumentException("a QR code needs a finite position and a positive size");
        }
        int n = matrix.getWidth();
        float module = size / n;
        content.saveGraphicsState();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < n; row++) {
            // Matrix rows run top to bottom, PDF y runs bottom to top.
            float top = y + size - row * module;
            int column = 0;
            while (column < n) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < n && matrix.get(column, row)) {
                    column++;
                }
                content.addRect(x + start * module, top - module, (column - start) * module, module);
            }
        }
        content.fill();
        content.restoreGraphicsState();
    }
}
