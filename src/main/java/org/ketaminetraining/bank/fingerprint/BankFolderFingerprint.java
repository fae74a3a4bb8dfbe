package org.ketaminetraining.bank.fingerprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A SHA-256 over the files a bank import reads: every regular file directly in the bank folder and, when loaded, in
 * the demo overlay, by name and content. Equal fingerprints mean the import would read exactly the same bytes, so
 * the start-up can skip parsing, validating and comparing a bank it applied before (about a second on the shipped
 * bank, which is most of what a restart spends on it). Any change to any file, a file added, removed or renamed,
 * and the overlay switched on or off all change it.
 */
public final class BankFolderFingerprint {

    /**
     * Raise when the loader or the writer start storing an unchanged bank differently, so that the next start imports
     * it again instead of trusting an import made by the older rules. 2: metadata (objective, tags, difficulty,
     * expected time) counts for a new revision, so a folder whose metadata-only edits rule 1 ignored is read again.
     */
    static final int IMPORT_RULES = 2;

    private BankFolderFingerprint() {
    }

    /** The fingerprint of {@code dir} with its overlay; empty when a folder cannot be read (then import as usual). */
    public static Optional<String> of(Path dir, Optional<Path> overlay) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            update(sha256, "import-rules " + IMPORT_RULES);
            addFolder(sha256, "bank", dir);
            if (overlay.isPresent()) {
                addFolder(sha256, "overlay", overlay.get());
            }
            return Optional.of(HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void addFolder(MessageDigest sha256, String role, Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(dir)) {
            files = entries.filter(Files::isRegularFile).sorted().toList();
        }
        update(sha256, role + " " + files.size());
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            // Name and length first, so that no two different folders can hash the same concatenated bytes.
            update(sha256, file.getFileName() + " " + content.length);
            sha256.update(content);
        }
    }

    private static void update(MessageDigest sha256, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha256.update(bytes);
        sha256.update((byte) 0);
    }
}
