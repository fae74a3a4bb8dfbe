package org.ketaminetraining.bank.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The text of one bank file and the label problems are reported under (usually the path as the user gave it, such
 * as {@code questions/dosing.yaml}).
 */
public record SourceFile(String label, String text) {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public SourceFile {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads a file as strict UTF-8.
     *
     * @throws CharacterCodingException if the bytes are not UTF-8, so the caller can say so instead of guessing
     */
    public static SourceFile read(Path path, String label) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(path));
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes)
                .toString();
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return new SourceFile(label, text);
    }

    /** The 0-based line, or an empty string past the end. */
    public String line(int index) {
        List<String> lines = text.lines().toList();
        return index >= 0 && index < lines.size() ? lines.get(index) : "";
    }

    /** Lines of the file, 0-based, without line breaks. */
    public List<String> lines() {
        return text.lines().toList();
    }
}
