package org.ketaminetraining.certification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketaminetraining.certification.document.Fixtures.flatText;
import static org.ketaminetraining.certification.document.Fixtures.load;
import static org.ketaminetraining.certification.document.Fixtures.payload;
import static org.ketaminetraining.certification.document.Fixtures.signed;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketaminetraining.certification.rules.CertificateValidity;
import org.ketaminetraining.certification.signing.CertificateFormatException;
import org.ketaminetraining.certification.signing.CertificatePayload;
import org.ketaminetraining.certification.signing.CertificateSigner;
import org.ketaminetraining.certification.signing.SignedCertificate;

class CertificatePdfTest {

    private static final SignedCertificate CERTIFICATE = signed(payload());
    private static final byte[] PDF = Fixtures.render(CERTIFICATE, Fixtures.URL);

    @Test
    void thePageSaysWhoCompletedWhatWhenAndUntilWhen() {
        assertThat(flatText(PDF)).contains(
                "Hôpital Saint-Éloi",
                "Certificate of completion",
                "Zoë O'Brien",
                "Ketamine procedural sedation and analgesia",
                "Curriculum version 2025.1",
                "Issued 1 March 2025",
                "Valid through 28 February 2027",
                "7.5 contact hours",
                "K7Q2-9XMD-4HBT-0VWE-ZR3N",
                "Scan to verify, or visit https://training.example.org/verify/K7Q2-9XMD-4HBT-0VWE-ZR3N");
        assertThat(flatText(PDF)).doesNotContain("1 March 2027").doesNotContain("87.5");
    }

    @Test
    void validThroughIsTheLastDayInForceAsTheCertificationRulesDefineIt() {
        // Issued 31 August + 6 months: expires 28 February (clamped), so the last valid day is 27 February.
        CertificateValidity validity = new CertificateValidity(LocalDate.of(2025, 8, 31), 6, 30);
        CertificatePayload payload = payload("Ada Lovelace", "Ketamine safety", Optional.empty(),
                validity.issuedOn(), validity.expiresOn());
        assertThat(CertificatePdf.validThrough(payload)).isEqualTo(validity.validThrough());
        String text = flatText(Fixtures.render(signed(payload), Fixtures.URL));
        assertThat(text).contains("Issued 31 August 2025", "Valid through 27 February 2026")
                .doesNotContain("28 February 2026");
    }

    @Test
    void contactHoursAreWrittenAsPeopleSayThemAndLeftOutWhenTheProgrammeStatesNone() {
        assertThat(hoursLine("4")).contains("4 contact hours");
        assertThat(hoursLine("4.00")).contains("4 contact hours");
        assertThat(hoursLine("1.5")).contains("1.5 contact hours");
        assertThat(hoursLine("1")).contains("1 contact hour ").doesNotContain("contact hours");
        String none = flatText(Fixtures.render(signed(payload("Ada Lovelace", "Ketamine safety",
                Optional.empty())), Fixtures.URL));
        assertThat(none).doesNotContain("contact hour");
    }

    private static String hoursLine(String hours) {
        return flatText(Fixtures.render(signed(payload("Ada Lovelace", "Ketamine safety",
                Optional.of(new BigDecimal(hours)))), Fixtures.URL));
    }

    @Test
    void theQrCodeOnThePrintedPageLeadsToExactlyTheVerifyUrl() throws Exception {
        Result result = Fixtures.decodeQr(Fixtures.renderPage(PDF, 200));
        assertThat(result.getText()).isEqualTo(Fixtures.URL.toString());
        assertThat(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
    }

    @Test
    void theQrCodeIsDrawnAsVectorsNotAsAnImage() throws IOException {
        try (PDDocument document = load(PDF)) {
            PDResources resources = document.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).isEmpty();
        }
    }

    @Test
    void theQrCodeAndTheCaptionAreLinksToTheVerifyUrl() throws IOException {
        try (PDDocument document = load(PDF)) {
            assertThat(document.getPage(0).getAnnotations()).hasSize(2).allSatisfy(annotation -> assertThat(
                    annotation.getCOSObject().getCOSDictionary(COSName.A)
                            .getString(COSName.URI))
                    .isEqualTo(Fixtures.URL.toString()));
        }
    }

    @Test
    void thePdfCarriesTheSignedCertificateFileWhichStillVerifies() throws Exception {
        SignedCertificate embedded = CertificatePdf.embeddedCertificate(PDF).orElseThrow();
        assertThat(embedded).isEqualTo(CERTIFICATE);
        assertThat(embedded.verifiesWith(Fixtures.KEYS.getPublic())).isTrue();
        assertThat(embedded.verifiesWith(CertificateSigner.generateKeyPair(Fixtures.seeded(99)).getPublic()))
                .isFalse();
        assertThat(CertificatePdf.embeddedCertificateFile(PDF).orElseThrow()).isEqualTo(CERTIFICATE.toBytes());
        assertThat(CertificatePdf.attachmentName(CERTIFICATE.payload()))
                .isEqualTo("certificate-K7Q2-9XMD-4HBT-0VWE-ZR3N.json");
        try (PDDocument document = load(PDF)) {
            assertThat(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames())
                    .containsOnlyKeys("certificate-K7Q2-9XMD-4HBT-0VWE-ZR3N.json");
        }
    }

    @Test
    void changingOneLetterOfTheEmbeddedFileBreaksTheSignature() throws Exception {
        byte[] file = CertificatePdf.embeddedCertificateFile(PDF).orElseThrow();
        String json = new String(file, StandardCharsets.UTF_8);
        // The 'O' of "O'Brien" inside the payload becomes a 'Q': still well-formed JSON and a valid name.
        int at = json.substring(0, json.indexOf("O'Brien")).getBytes(StandardCharsets.UTF_8).length;
        byte[] tampered = file.clone();
        assertThat(tampered[at]).isEqualTo((byte) 'O');
        tampered[at] = (byte) 'Q';

        SignedCertificate altered = SignedCertificate.parse(tampered);
        assertThat(altered.payload().holderName()).isEqualTo("Zoë Q'Brien");
        assertThat(altered.verifiesWith(Fixtures.KEYS.getPublic())).isFalse();
    }

    @Test
    void aPdfWithoutACertificateFileHasNoneAndOtherBytesAreNoPdf() throws Exception {
        assertThat(CertificatePdf.embeddedCertificate(pdfWithAttachments(Map.of()))).isEmpty();
        assertThat(CertificatePdf.embeddedCertificate(pdfWithAttachments(Map.of("notes.txt",
                "hello".getBytes(StandardCharsets.UTF_8))))).isEmpty();
        assertThatThrownBy(() -> CertificatePdf.embeddedCertificate(CERTIFICATE.toBytes()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aCertificateFileThatIsBrokenMisnamedOrNotAloneIsRefused() throws Exception {
        byte[] file = CERTIFICATE.toBytes();
        assertThatThrownBy(() -> CertificatePdf.embeddedCertificate(pdfWithAttachments(Map.of(
                "certificate-K7Q2-9XMD-4HBT-0VWE-ZR3N.json", "{\"format\":".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(CertificateFormatException.class).hasMessageContaining("unexpected end of text");
        assertThatThrownBy(() -> CertificatePdf.embeddedCertificate(pdfWithAttachments(Map.of(
                "certificate-AAAA-AAAA-AAAA-AAAA-AAAA.json", file))))
                .isInstanceOf(CertificateFormatException.class)
                .hasMessage("the PDF's certificate-AAAA-AAAA-AAAA-AAAA-AAAA.json holds certificate "
                        + "K7Q2-9XMD-4HBT-0VWE-ZR3N");
        Map<String, byte[]> two = new LinkedHashMap<>();
        two.put("certificate-K7Q2-9XMD-4HBT-0VWE-ZR3N.json", file);
        two.put("certificate-other.json", file);
        assertThatThrownBy(() -> CertificatePdf.embeddedCertificate(pdfWithAttachments(two)))
                .isInstanceOf(CertificateFormatException.class).hasMessageContaining("2 certificate files");
    }

    /** A one-page PDF, made without CertificatePdf, carrying the given embedded files. */
    private static byte[] pdfWithAttachments(Map<String, byte[]> files) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            if (!files.isEmpty()) {
                Map<String, PDComplexFileSpecification> specifications = new LinkedHashMap<>();
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    PDComplexFileSpecification specification = new PDComplexFileSpecification();
                    specification.setFile(file.getKey());
                    specification.setEmbeddedFile(new PDEmbeddedFile(document,
                            new ByteArrayInputStream(file.getValue())));
                    specifications.put(file.getKey(), specification);
                }
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(specifications);
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Łukasiewicz-Nguyễn", "Ærøskøbing O'Brien", "Анна Петрова",
        "Σοφία Παπαδοπούλου", "Şükrü Çağlar Ğündüz", "Dvořák Žofie Ševčíková"})
    void namesInAnyLatinGreekOrCyrillicSpellingArePrintedAsWritten(String name) throws IOException {
        byte[] pdf = Fixtures.render(signed(payload(name, "Ketamine safety", Optional.empty())), Fixtures.URL);
        assertThat(flatText(pdf)).contains(name);
        try (PDDocument document = load(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (var fontName : resources.getFontNames()) {
                PDFont font = resources.getFont(fontName);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
            }
        }
    }

    @Test
    void theDocumentIsOneA4LandscapePageTitledInEnglish() throws IOException {
        try (PDDocument document = load(PDF)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(841.89f, Offset.offset(0.01f));
            assertThat(box.getHeight()).isCloseTo(595.28f, Offset.offset(0.01f));
            assertThat(document.getPage(0).getRotation()).isZero();
            PDDocumentInformation information = document.getDocumentInformation();
            assertThat(information.getTitle())
                    .isEqualTo("Certificate K7Q2-9XMD-4HBT-0VWE-ZR3N – Ketamine procedural sedation and analgesia");
            assertThat(information.getAuthor()).isEqualTo("Hôpital Saint-Éloi");
            assertThat(information.getSubject()).contains("Zoë O'Brien", "Ketamine procedural sedation");
            assertThat(information.getCreationDate().toInstant())
                    .isEqualTo(LocalDate.of(2025, 3, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void theSameCertificateAlwaysRendersToTheSameBytes() {
        assertThat(Fixtures.render(CERTIFICATE, Fixtures.URL)).isEqualTo(PDF);
        assertThat(Fixtures.render(CERTIFICATE, URI.create("https://other.example.org/v/" + Fixtures.CODE)))
                .isNotEqualTo(PDF);
    }

    @Test
    void theVerifyUrlMustBeAnAbsoluteWebAddressShortEnoughToScan() {
        for (String url : new String[]{"/verify/K7Q2", "mailto:certs@example.org", "ftp://example.org/v",
            "https://example.org/" + "v".repeat(CertificatePdf.MAX_URL_LENGTH)}) {
            assertThatThrownBy(() -> Fixtures.render(CERTIFICATE, URI.create(url)))
                    .as(url).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verify URL");
        }
    }
}
