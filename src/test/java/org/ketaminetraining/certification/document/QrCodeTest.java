package org.ketaminetraining.certification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final String URL = "https://training.example.org/verify/K7Q2-9XMD-4HBT-0VWE-ZR3N";

    @Test
    void theMatrixIsOneBitPerModuleWithAFourModuleQuietZone() {
        QrCode qr = QrCode.encode(URL);
        BitMatrix matrix = qr.matrix();
        int symbol = qr.modules() - 2 * QrCode.QUIET_ZONE;
        assertThat((symbol - 21) % 4).as("a QR symbol is 21 + 4k modules wide").isZero();
        assertThat(matrix.getHeight()).isEqualTo(matrix.getWidth());
        for (int i = 0; i < qr.modules(); i++) {
            for (int margin = 0; margin < QrCode.QUIET_ZONE; margin++) {
                assertThat(matrix.get(i, margin)).isFalse();
                assertThat(matrix.get(margin, i)).isFalse();
                assertThat(matrix.get(i, qr.modules() - 1 - margin)).isFalse();
                assertThat(matrix.get(qr.modules() - 1 - margin, i)).isFalse();
            }
        }
        // The finder pattern's dark corner sits right inside the quiet zone.
        assertThat(matrix.get(QrCode.QUIET_ZONE, QrCode.QUIET_ZONE)).isTrue();
    }

    @Test
    void drawnSmallOrLargeItScansBackToTheTextAtLevelM() throws Exception {
        for (float size : new float[]{72, 300}) {
            Result result = Fixtures.decodeQr(Fixtures.renderPage(pageWith(QrCode.encode(URL), size), 150));
            assertThat(result.getText()).isEqualTo(URL);
            assertThat(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
        }
    }

    @Test
    void nonAsciiTextIsEncodedAsUtf8AndReadBackAsWritten() throws Exception {
        String text = "https://exemple.fr/vérifier/Zoë-Łukasiewicz";
        Result result = Fixtures.decodeQr(Fixtures.renderPage(pageWith(QrCode.encode(text), 200), 150));
        assertThat(result.getText()).isEqualTo(text);
    }

    @Test
    void itIsDrawnWithRectanglesNotAnImage() throws IOException {
        try (PDDocument document = Fixtures.load(pageWith(QrCode.encode(URL), 200))) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void emptyOrOverlongTextIsRefused() {
        assertThatThrownBy(() -> QrCode.encode("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCode.encode("x".repeat(5000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5000 characters");
    }

    private static byte[] pageWith(QrCode qr, float size) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                qr.draw(content, 100, 300, size);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
