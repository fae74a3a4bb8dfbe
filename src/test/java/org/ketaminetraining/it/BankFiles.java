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
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;

/** Copies of the shipped bank that a test may change and import, then throw away. */
final class BankFiles {

    private BankFiles() {
    }

    /** How many items the programme's modules hold in the bank folder {@code dir} (one item-table row each). */
    static int programmeItems(Path dir, String programmeId) {
        BankSnapshot bank = BankLoader.load(dir).snapshot().orElseThrow();
        List<String> modules = bank.curriculum().programme(programmeId).orElseThrow().requiredModules();
        return bank.modules().stream().filter(m -> modules.contains(m.id())).mapToInt(m -> m.questions().size())
                .sum();
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

    /**
     * Appends {@code suffix} to the first line of the question's stem, in either layout the bank writer uses: a block
     * ({@code stem: |}, the text on the next line) or a scalar on the key's line, plain or quoted (the suffix goes
     * inside the quotes). The suffix must need no quoting itself.
     */
    static void reviseStem(Path bank, String moduleId, String questionId, String suffix) throws IOException {
        Path file = moduleFile(bank, moduleId);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int question = lines.indexOf("  - id: " + questionId);
        if (question < 0) {
            throw new IllegalStateException(questionId + " not found in " + file);
        }
        for (int i = question + 1; i < lines.size() && !lines.get(i).startsWith("  - id: "); i++) {
            String line = lines.get(i);
            if (line.equals("    stem: |") || line.equals("    stem: |-")) {
                lines.set(i + 1, lines.get(i + 1) + suffix);
            } else if (line.startsWith("    stem: ")) {
                boolean quoted = line.endsWith("\"") || line.endsWith("'");
                lines.set(i, quoted ? line.substring(0, line.length() - 1) + suffix + line.charAt(line.length() - 1)
                        : line + suffix);
            } else {
                continue;
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
            return;
        }
        throw new IllegalStateException("no stem for " + questionId + " in " + file);
    }

    /** As {@link #reviseStem(Path, String, String, String)} with " (revised)". */
    static void reviseStem(Path bank, String moduleId, String questionId) throws IOException {
        reviseStem(bank, moduleId, questionId, " (revised)");
    }

    /** A module's file: in the bank folder, or in its demo overlay. */
    static Path moduleFile(Path bank, String moduleId) {
        Path main = bank.resolve(moduleId + ".yaml");
        return Files.isRegularFile(main) ? main : bank.resolve("demo").resolve(moduleId + ".yaml");
    }

    static String moduleFileText(Path bank, String moduleId) {
        try {
            return Files.readString(moduleFile(bank, moduleId), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path copy) {
        try (Stream<Path> files = Files.walk(copy)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
