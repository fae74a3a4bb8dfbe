package org.ketaminetraining.certification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The licence flags decide which fonts a certificate may carry outlines of. */
class FontLicenceTest {

    @TempDir
    Path folder;

    /** A font file's skeleton: the table directory with one OS/2 table holding {@code fsType}. */
    private Path font(int fsType) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(12 + 16 + 10);
        bytes.putInt(0x00010000).putShort((short) 1).putShort((short) 16).putShort((short) 0).putShort((short) 0);
        bytes.putInt(0x4F532F32).putInt(0).putInt(28).putInt(10);
        // version, xAvgCharWidth, usWeightClass, usWidthClass, fsType
        bytes.putShort((short) 4).putShort((short) 500).putShort((short) 400).putShort((short) 5)
                .putShort((short) fsType);
        Path file = Files.createTempFile(folder, "font", ".ttf");
        Files.write(file, bytes.array());
        return file;
    }

    @Test
    void installableEditableAndPrintableFontsMayBeEmbeddedRestrictedAndBitmapOnlyOnesNot() throws IOException {
        assertThat(FontLicence.permitsOutlineEmbedding(font(0x0000), 0)).as("installable").isTrue();
        assertThat(FontLicence.permitsOutlineEmbedding(font(0x0004), 0)).as("preview and print").isTrue();
        assertThat(FontLicence.permitsOutlineEmbedding(font(0x0008), 0)).as("editable").isTrue();
        assertThat(FontLicence.permitsOutlineEmbedding(font(0x0002), 0)).as("restricted").isFalse();
        assertThat(FontLicence.permitsOutlineEmbedding(font(0x0006), 0)).as("least restrictive bit wins").isTrue();
        assertThat(FontLicence.permitsOutlineEmbedding(font(0x0200), 0)).as("bitmaps only").isFalse();
    }

    @Test
    void theEmbeddedDejaVuSansMayBeEmbedded() throws IOException {
        Path file = folder.resolve("DejaVuSans.ttf");
        try (InputStream in = CertificateFonts.class.getResourceAsStream("DejaVuSans.ttf")) {
            Files.copy(in, file);
        }
        assertThat(FontLicence.permitsOutlineEmbedding(file, 0)).isTrue();
    }

    @Test
    void aFileThatIsNoFontIsRefused() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.ttf"), "not a font, but long enough to read");
        assertThatThrownBy(() -> FontLicence.permitsOutlineEmbedding(text, 0)).isInstanceOf(IOException.class);
    }
}
