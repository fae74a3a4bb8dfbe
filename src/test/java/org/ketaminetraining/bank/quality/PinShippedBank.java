package org.ketaminetraining.bank.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;

/**
 * Rewrites the pins {@link ShippedModuleFilesTest} holds the shipped bank to, after a change to the bank made on
 * purpose. Run it from the repository root, review the diff of the pin file, and commit it with the change:
 *
 * <pre>
 * ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.ketaminetraining.bank.quality.PinShippedBank
 * </pre>
 *
 * It keeps the file's comment lines and refuses a bank with problems.
 */
public final class PinShippedBank {

    private PinShippedBank() {
    }

    public static void main(String[] args) throws IOException {
        BankLoadResult result = BankLoader.load(Path.of("questions"), Optional.of(Path.of("questions", "demo")));
        if (!result.problems().isEmpty()) {
            result.problems().forEach(System.err::println);
            System.exit(1);
        }
        Path pins = Path.of("src/test/resources/bank/shipped-bank-before-writer-layout.tsv");
        List<String> lines = new ArrayList<>(Files.readAllLines(pins).stream().filter(l -> l.startsWith("#"))
                .toList());
        lines.addAll(ShippedModuleFilesTest.snapshotLines(result.snapshot().orElseThrow()));
        Files.writeString(pins, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        System.out.println("pinned " + pins);
    }
}
