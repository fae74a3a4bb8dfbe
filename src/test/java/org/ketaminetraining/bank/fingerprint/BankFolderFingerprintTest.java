package org.ketaminetraining.bank.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankFolderFingerprintTest {

    @TempDir
    Path dir;

    private String fingerprint(Optional<Path> overlay) {
        return BankFolderFingerprint.of(dir, overlay).orElseThrow();
    }

    private void bank() throws IOException {
        Files.writeString(dir.resolve("curriculum.yaml"), "format: 1\n");
        Files.writeString(dir.resolve("dosing.yaml"), "module: dosing\n");
        Files.createDirectories(dir.resolve("demo"));
        Files.writeString(dir.resolve("demo").resolve("curriculum.yaml"), "format: 1\n");
    }

    @Test
    void theSameFilesGiveTheSameFingerprint() throws IOException {
        bank();
        String first = fingerprint(Optional.empty());
        assertThat(fingerprint(Optional.empty())).isEqualTo(first).hasSize(64);
    }

    @Test
    void anyChangeToTheFilesChangesIt() throws IOException {
        bank();
        String original = fingerprint(Optional.empty());
        Files.writeString(dir.resolve("dosing.yaml"), "module: dosinG\n");
        String edited = fingerprint(Optional.empty());
        Files.writeString(dir.resolve("extra.yml"), "");
        String added = fingerprint(Optional.empty());
        Files.delete(dir.resolve("extra.yml"));
        Files.move(dir.resolve("dosing.yaml"), dir.resolve("dosing2.yaml"));
        String renamed = fingerprint(Optional.empty());
        assertThat(java.util.Set.of(original, edited, added, renamed)).hasSize(4);
    }

    @Test
    void theOverlayCountsOnlyWhenLoaded() throws IOException {
        bank();
        String without = fingerprint(Optional.empty());
        String with = fingerprint(Optional.of(dir.resolve("demo")));
        assertThat(with).isNotEqualTo(without);
        // A subfolder that is not loaded is not read: changing it changes nothing.
        Files.writeString(dir.resolve("demo").resolve("curriculum.yaml"), "format: 2\n");
        assertThat(fingerprint(Optional.empty())).isEqualTo(without);
        assertThat(fingerprint(Optional.of(dir.resolve("demo")))).isNotEqualTo(with);
    }

    @Test
    void anUnreadableFolderGivesNoFingerprint() {
        assertThat(BankFolderFingerprint.of(dir.resolve("missing"), Optional.empty())).isEmpty();
    }
}
