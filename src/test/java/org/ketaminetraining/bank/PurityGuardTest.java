package org.ketaminetraining.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the bank capability documented and small: a package-info.java in every package (main and test), and no
 * class grown past the size we agreed to look at twice.
 */
class PurityGuardTest {
    // Only the bank capability: the rest of the application is allowed its servers and databases.
    private static final Path MAIN = Path.of("src/main/java/org/ketaminetraining/bank");
    private static final Path TEST = Path.of("src/test/java/org/ketaminetraining/bank");
    private static final int MAX_CLASS_LINES = 300;

    // Which imports the bank may use is checked once for all pure capabilities by architecture.PureCoreTest.

    @Test
    void everyPackageHasAPackageInfo() {
        for (Path root : List.of(MAIN, TEST)) {
            Set<Path> packages = new TreeSet<>();
            javaFiles(root).forEach(file -> packages.add(file.getParent()));
            for (Path dir : packages) {
                assertThat(dir.resolve("package-info.java")).as("package-info in " + dir).exists();
            }
        }
    }

    @Test
    void mainClassesStayUnderThreeHundredLines() {
        for (Path file : javaFiles(MAIN)) {
            assertThat(read(file).lines().count()).as(file.toString()).isLessThanOrEqualTo(MAX_CLASS_LINES);
        }
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
