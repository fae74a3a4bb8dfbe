package org.ketaminetraining.certification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketaminetraining.certification.document.Fixtures.glyphs;
import static org.ketaminetraining.certification.document.Fixtures.payload;
import static org.ketaminetraining.certification.document.Fixtures.signed;

import java.math.BigDecimal;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.document.Fixtures.Glyph;
import org.ketaminetraining.certification.signing.CertificatePayload;

/**
 * Long names and titles shrink, then wrap, and never leave the page or run into the QR code; checked on the glyph
 * positions PDFBox's text extraction reports, and by scanning the QR code of the rendered page.
 */
class CertificateLayoutTest {

    private static final float WIDTH = CertificatePage.A4_LANDSCAPE.getWidth();
    private static final float HEIGHT = CertificatePage.A4_LANDSCAPE.getHeight();
    /** The inner line of the frame: text must stay within it. */
    private static final float FRAME = 26;
    private static final float QR_X = WIDTH - CertificatePage.MARGIN - CertificatePage.QR_SIZE;
    private static final float QR_Y = 78;

    static final String NAME_120 = "Maximiliana Alexandrina Konstantinopoulou-Wolfeschlegelsteinhausenbergerdorff "
            + "von Ærøskøbing-Łukasiewicz Nguyễn Петровна";
    static final String TITLE_200 = "Ketamine for procedural sedation and analgesia in the emergency department, "
            + "pre-hospital care and intensive care: pharmacology, dosing, monitoring, adverse effects, "
            + "complications, and their management";

    @Test
    void aLongNameAndTitleWrapAndStayInsideTheFrame() throws Exception {
        assertThat(NAME_120).hasSize(120);
        assertThat(TITLE_200).hasSize(200);
        byte[] pdf = Fixtures.render(signed(payload(NAME_120, TITLE_200, Optional.of(BigDecimal.TEN))),
                Fixtures.URL);

        String text = squeezed(Fixtures.text(pdf));
        assertThat(text).contains(squeezed(NAME_120), squeezed(TITLE_200), "Validthrough28February2027");

        List<Glyph> glyphs = glyphs(pdf);
        Fixtures.assertInside(glyphs, CertificatePage.MARGIN - 0.5f, FRAME, WIDTH - CertificatePage.MARGIN + 0.5f,
                HEIGHT - FRAME);
        assertThat(glyphs).noneMatch(g -> g.overlaps(QR_X, QR_Y, CertificatePage.QR_SIZE, CertificatePage.QR_SIZE));
        // Shrinking alone cannot hold 120 characters at the smallest preferred size: the name takes two lines.
        assertThat(baselinesOf(glyphs, NAME_120)).isEqualTo(2);
        assertThat(Fixtures.decodeQr(Fixtures.renderPage(pdf, 200)).getText()).isEqualTo(Fixtures.URL.toString());
    }

    @Test
    void aShortNameStaysOnOneLineAtItsFullSize() {
        byte[] pdf = Fixtures.render(signed(payload()), Fixtures.URL);
        assertThat(baselinesOf(glyphs(pdf), "Zoë O'Brien")).isEqualTo(1);
    }

    @Test
    void everythingAtItsLongestStillFitsAndTheQrCodeStillScans() throws Exception {
        CertificatePayload base = payload();
        CertificatePayload longest = new CertificatePayload(base.verificationCode(), "W".repeat(300), "p",
                "M".repeat(150) + " " + "Ш".repeat(149), "v".repeat(300), base.assessedRevisions(), 1000,
                base.issuedOn(), base.expiresOn(), "Ж".repeat(300), Optional.of(new BigDecimal("99999.99")));
        URI url = URI.create("https://training.example.org/verify/" + "a".repeat(CertificatePdf.MAX_URL_LENGTH
                - "https://training.example.org/verify/".length()));
        byte[] pdf = Fixtures.render(signed(longest), url);

        List<Glyph> glyphs = glyphs(pdf);
        Fixtures.assertInside(glyphs, CertificatePage.MARGIN - 0.5f, FRAME, WIDTH - CertificatePage.MARGIN + 0.5f,
                HEIGHT - FRAME);
        assertThat(glyphs).noneMatch(g -> g.overlaps(QR_X, QR_Y, CertificatePage.QR_SIZE, CertificatePage.QR_SIZE));
        assertThat(squeezed(Fixtures.text(pdf))).contains("W".repeat(300), "Ж".repeat(300), "v".repeat(300),
                url.toString());
        assertThat(Fixtures.decodeQr(Fixtures.renderPage(pdf, 300)).getText()).isEqualTo(url.toString());
    }

    /**
     * Distinct baselines of the glyphs that draw {@code text} (where its first glyph first appears). A glyph may
     * draw several characters: the font's ligatures turn "ff" into one glyph, U+FB00, which NFKC spells out again.
     */
    static long baselinesOf(List<Glyph> glyphs, String text) {
        StringBuilder drawn = new StringBuilder();
        List<Glyph> glyphAt = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            String characters = Normalizer.normalize(glyph.text(), Normalizer.Form.NFKC).replaceAll("\\s+", "");
            drawn.append(characters);
            characters.codePoints().forEach(c -> glyphAt.add(glyph));
        }
        String wanted = squeezed(text);
        int start = drawn.indexOf(wanted);
        assertThat(start).as("glyphs drawing %s", text).isNotNegative();
        int first = drawn.codePointCount(0, start);
        int count = wanted.codePointCount(0, wanted.length());
        return glyphAt.subList(first, first + count).stream().map(Glyph::bottom).distinct().count();
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
