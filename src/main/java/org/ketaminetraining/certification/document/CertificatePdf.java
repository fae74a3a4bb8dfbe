package org.ketaminetraining.certification.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.certification.signing.CertificateFormatException;
import org.ketaminetraining.certification.signing.CertificatePayload;
import org.ketaminetraining.certification.signing.SignedCertificate;

/**
 * A signed certificate as a printable, self-proving PDF: one A4 landscape page for people, and the signed
 * certificate file inside it for machines.
 *
 * <p>The page shows the provider, "Certificate of completion", the holder's name, the programme title and
 * curriculum version, the issue date, the last day of validity, the contact hours when the programme states them,
 * the verification code, and a QR code with the caption "Scan to verify, or visit &lt;URL&gt;". The texts that come
 * from people (holder's name, programme title, provider, curriculum version) print in whatever script they are
 * written: Latin, Greek and Cyrillic as DejaVu Sans text, as always; right-to-left, joined and combining scripts
 * (Hebrew, Arabic, Devanagari, ...), CJK and emoji laid out by the JDK (bidirectional order, OpenType shaping)
 * over the {@link FallbackFonts} and drawn as outlines that carry the text as written for copying, search and
 * screen readers (see {@code ShapedLine}, which says why). No text is refused: a character no installed font has
 * prints as an empty box and is logged once with the Debian package that would draw it. The
 * final assessment's score is not printed: a certificate says that someone met the standard, not by how much, and
 * the score stays available in the signed file.
 *
 * <p><b>"Valid through".</b> A payload's {@code expiresOn} is the first day on which the certificate is no longer
 * in force (see {@link org.ketaminetraining.certification.rules.CertificateValidity}). Printing that day after
 * "valid until" would invite the reading that the certificate still counts on it, so the page prints the last
 * day it does count, {@code expiresOn} minus one day, as "Valid through": <em>a certificate issued on 1 March
 * 2025 with two years' validity reads "Valid through 28 February 2027" and is expired from 1 March 2027.</em>
 * Dates are written as "1 March 2025" (English month names), which no reader can take for 3 January.
 *
 * <p><b>Same certificate, same bytes.</b> Nothing on the page or in the file depends on when or where it is
 * rendered: the document's creation date is the issue date, and its PDF file identifier is derived from the
 * signed file and the URL. So a certificate can be rendered again at any time, for example for a second
 * download, and comes out byte for byte the same, as long as the fonts are the same: a text printed as outlines
 * depends on the fallback fonts installed (and on the JDK's text engine), DejaVu text on nothing but this
 * code.
 *
 * <p>Document information, for search and for assistive technology: the title is "Certificate &lt;code&gt; –
 * &lt;programme title&gt;" (viewers show it instead of the file name), the author is the provider, and the
 * language is English. The page is not tagged (no structure tree), so a screen reader reads its text in drawing
 * order, which is top to bottom.
 */
public final class CertificatePdf {

    /** Longest verification URL accepted: the QR code has to stay coarse enough to scan from paper. */
    public static final int MAX_URL_LENGTH = 200;

    private CertificatePdf() {
    }

    /**
     * Renders the certificate.
     *
     * @param verifyUrl the public verification page for this certificate, absolute, {@code http} or
     *     {@code https}; printed and encoded in the QR code in its ASCII form ({@link URI#toASCIIString()})
     * @param fonts where to find glyphs DejaVu Sans does not have; {@link FallbackFonts#none()} for DejaVu alone
     * @return the PDF file's bytes
     * @throws IllegalArgumentException if the URL is unsuitable
     */
    public static byte[] render(SignedCertificate certificate, URI verifyUrl, FallbackFonts fonts) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(fonts, "fonts");
        String url = checkedUrl(verifyUrl);
        CertificatePayload payload = certificate.payload();
        QrCode qr = QrCode.encode(url);
        try (PDDocument document = new PDDocument()) {
            document.setVersion(1.7f);
            CertificateFonts loaded = CertificateFonts.loadInto(document, fonts);
            PDPage page = new PDPage(CertificatePage.A4_LANDSCAPE);
            document.addPage(page);
            CertificatePage.draw(document, page, loaded, payload, url, qr);
            Calendar issued = GregorianCalendar.from(payload.issuedOn().atStartOfDay(ZoneOffset.UTC));
            describe(document, payload, issued);
            CertificateAttachment.attach(document, certificate, issued);
            identify(document, certificate, url);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render certificate " + payload.verificationCode(), e);
        }
    }

    /**
     * The last day on which the certificate is in force, which the page prints as "Valid through": the day before
     * the payload's {@code expiresOn}, as {@link org.ketaminetraining.certification.rules.CertificateValidity}
     * defines it.
     */
    public static LocalDate validThrough(CertificatePayload payload) {
        return CertificateDates.validThrough(payload.expiresOn());
    }

    /** The name under which the signed certificate file is embedded: {@code certificate-<CODE>.json}. */
    public static String attachmentName(CertificatePayload payload) {
        return CertificateAttachment.fileName(payload.verificationCode());
    }

    /**
     * The signed certificate embedded in a certificate PDF. This checks the file's shape, not its signature: use
     * {@link SignedCertificate#verifiesWith} for that. The PDF is read whole into memory, so a caller accepting
     * uploads limits their size first.
     *
     * @return the certificate, or empty if the PDF carries no certificate file
     * @throws IOException if the bytes are not a readable PDF
     * @throws CertificateFormatException if the PDF carries a certificate file that cannot be read, or several, or
     *     one named for another code than its own
     */
    public static Optional<SignedCertificate> embeddedCertificate(byte[] pdf)
            throws IOException, CertificateFormatException {
        Optional<CertificateAttachment.Found> found = findAttachment(pdf);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SignedCertificate certificate = SignedCertificate.parse(found.get().bytes());
        String expected = attachmentName(certificate.payload());
        if (!expected.equals(found.get().name())) {
            throw new CertificateFormatException("the PDF's " + found.get().name() + " holds certificate "
                    + certificate.payload().verificationCode());
        }
        return Optional.of(certificate);
    }

    /**
     * The bytes of the certificate file embedded in a certificate PDF, exactly as stored, unparsed.
     *
     * @throws IOException if the bytes are not a readable PDF
     * @throws CertificateFormatException if the PDF carries several certificate files or one that cannot be read
     */
    public static Optional<byte[]> embeddedCertificateFile(byte[] pdf) throws IOException, CertificateFormatException {
        return findAttachment(pdf).map(CertificateAttachment.Found::bytes);
    }

    private static Optional<CertificateAttachment.Found> findAttachment(byte[] pdf)
            throws IOException, CertificateFormatException {
        Objects.requireNonNull(pdf, "pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return CertificateAttachment.find(document);
        }
    }

    private static String checkedUrl(URI verifyUrl) {
        Objects.requireNonNull(verifyUrl, "verify URL");
        String scheme = verifyUrl.getScheme();
        if (!verifyUrl.isAbsolute() || verifyUrl.isOpaque() || verifyUrl.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("the verify URL must be an absolute http or https URL, was "
                    + verifyUrl);
        }
        String url = verifyUrl.toASCIIString();
        if (url.length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException("the verify URL is longer than " + MAX_URL_LENGTH
                    + " characters, too dense a QR code to scan from paper");
        }
        return url;
    }

    private static void describe(PDDocument document, CertificatePayload payload, Calendar issued) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle("Certificate " + payload.verificationCode() + " – " + payload.programmeTitle());
        information.setAuthor(payload.provider());
        information.setSubject("Certificate of completion of " + payload.programmeTitle() + " (curriculum version "
                + payload.curriculumVersion() + ") issued to " + payload.holderName() + " on "
                + CertificatePage.date(payload.issuedOn()));
        information.setKeywords("certificate of completion; " + payload.verificationCode() + "; "
                + payload.programmeId());
        information.setCreationDate(issued);
        information.setModificationDate(issued);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("en");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    /**
     * Sets the file identifier from the content (PDFBox would otherwise derive it from the current time): the first
     * 16 bytes of SHA-256 over the signed file and the URL, twice, as for a file never modified.
     */
    private static void identify(PDDocument document, SignedCertificate certificate, String url) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        sha256.update(certificate.toBytes());
        sha256.update((byte) 0);
        sha256.update(url.getBytes(StandardCharsets.UTF_8));
        byte[] id = Arrays.copyOf(sha256.digest(), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
