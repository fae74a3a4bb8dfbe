package org.ketaminetraining.certification.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.ketaminetraining.certification.signing.AssessedRevision;
import org.ketaminetraining.certification.signing.CertificatePayload;
import org.ketaminetraining.certification.signing.CertificateSigner;
import org.ketaminetraining.certification.signing.Certificates;
import org.ketaminetraining.certification.signing.SignedCertificate;
import org.ketaminetraining.certification.signing.VerificationCode;

/** Fixed certificates, reproducible keys, and the ways a test reads a PDF back: as text, as positions, as pixels. */
final class Fixtures {

    static final String CODE = "K7Q2-9XMD-4HBT-0VWE-ZR3N";
    static final URI URL = URI.create("https://training.example.org/verify/" + CODE);
    static final KeyPair KEYS = CertificateSigner.generateKeyPair(seeded(11));
    static final CertificateSigner SIGNER = new CertificateSigner(KEYS);

    private Fixtures() {
    }

    static CertificatePayload payload() {
        return payload("Zoë O'Brien", "Ketamine procedural sedation and analgesia",
                Optional.of(new BigDecimal("7.50")));
    }

    static CertificatePayload payload(String holderName, String programmeTitle, Optional<BigDecimal> hours) {
        return payload(holderName, programmeTitle, hours, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 3, 1));
    }

    static CertificatePayload payload(String holderName, String programmeTitle, Optional<BigDecimal> hours,
            LocalDate issuedOn, LocalDate expiresOn) {
        return new CertificatePayload(VerificationCode.parse(CODE).orElseThrow(), holderName, "ketamine-sedation",
                programmeTitle, "2025.1",
                List.of(new AssessedRevision("mech-nmda", 2), new AssessedRevision("dose-obj-calculations", 5)),
                875, issuedOn, expiresOn, "Hôpital Saint-Éloi", hours);
    }

    /** The certificate as a PDF with DejaVu Sans alone, whatever fonts the machine has. */
    static byte[] render(SignedCertificate certificate, URI url) {
        return CertificatePdf.render(certificate, url, FallbackFonts.none());
    }

    static SignedCertificate signed(CertificatePayload payload) {
        return SIGNER.signCertificate(payload);
    }

    static SecureRandom seeded(long seed) {
        return Certificates.seeded(seed);
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text PDFBox extracts, as a reader copying it out of a viewer would get it. */
    static String text(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same text with every run of white space (line breaks included) made one space. */
    static String flatText(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }

    /**
     * The actual texts of the first page's marked-content sequences (form XObjects included): what viewers copy,
     * search and read aloud for text drawn as outlines.
     */
    static List<String> actualTexts(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(document.getPage(0));
            List<String> texts = new ArrayList<>();
            collectActualTexts(extractor.getMarkedContents(), texts);
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectActualTexts(List<PDMarkedContent> contents, List<String> texts) {
        for (PDMarkedContent content : contents) {
            if (content.getActualText() != null) {
                texts.add(content.getActualText());
            }
            collectActualTexts(content.getContents().stream().filter(PDMarkedContent.class::isInstance)
                    .map(PDMarkedContent.class::cast).toList(), texts);
        }
    }

    /** Every glyph drawn on the first page, with its box in PDF user space (origin lower left, in points). */
    static List<Glyph> glyphs(byte[] pdf) {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = load(pdf)) {
            float pageHeight = document.getPage(0).getMediaBox().getHeight();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        float baseline = pageHeight - p.getYDirAdj();
                        glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), baseline,
                                p.getXDirAdj() + p.getWidthDirAdj(), baseline + p.getHeightDir()));
                    }
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** A glyph's box: left, baseline, right and top, in points from the page's lower-left corner. */
    record Glyph(String text, float left, float bottom, float right, float top) {
        boolean overlaps(float x, float y, float width, float height) {
            return left < x + width && right > x && bottom < y + height && top > y;
        }
    }

    static BufferedImage renderPage(byte[] pdf, float dpi) {
        try (PDDocument document = load(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finds and decodes a QR code in a picture, as a phone camera would (no hint where or how large it is). */
    static Result decodeQr(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }

    static void assertInside(List<Glyph> glyphs, float left, float bottom, float right, float top) {
        assertThat(glyphs).isNotEmpty();
        assertThat(glyphs).allSatisfy(g -> {
            assertThat(g.left()).as("left of %s", g).isGreaterThanOrEqualTo(left);
            assertThat(g.right()).as("right of %s", g).isLessThanOrEqualTo(right);
            assertThat(g.bottom()).as("baseline of %s", g).isGreaterThanOrEqualTo(bottom);
            assertThat(g.top()).as("top of %s", g).isLessThanOrEqualTo(top);
        });
    }
}
