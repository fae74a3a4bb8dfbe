package org.ketaminetraining.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Copies of the shipped bank that a test may change and import, then throw away. */
final class BankFiles {

    private BankFiles() {
    }

    static Path copyOf(Path source) throws IOException {
        Path target = Files.createTempDirectory("bank-it");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    /** Appends " (revised)" to the first line of the question's block stem ({@code stem: |}). */
    static void reviseStem(Path bank, String moduleId, String questionId) throws IOException {
        Path file = bank.resolve(moduleId + ".yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int question = lines.indexOf("  - id: " + questionId);
        if (question < 0) {
            throw new IllegalStateException(questionId + " not found in " + file);
        }
        for (int i = question + 1; i < lines.size(); i++) {
            if (lines.get(i).equals("    stem: |")) {
                lines.set(i + 1, lines.get(i + 1) + " (revised)");
                Files.write(file, lines, StandardCharsets.UTF_8);
                return;
            }
        }
        throw new IllegalStateException("no block stem for " + questionId + " in " + file);
    }

    static void delete(Path copy) {
        try (Stream<Path> files = Files.walk(copy)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
