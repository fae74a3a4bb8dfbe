package org.ketaminetraining.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the promise that the engine is plain Java: it imports nothing outside the JDK and itself, never reads a
 * clock and never uses a global or unseeded random source, and every package says what it is for.
 */
class EnginePurityTest {

    /** Only the engine's own folders: copied into the app, the guard must not judge the app's other packages. */
    private static final Path MAIN = Path.of("src/main/java/org/ketaminetraining/scheduling");
    private static final Path TEST = Path.of("src/test/java/org/ketaminetraining/scheduling");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> FORBIDDEN_CALLS = List.of("Instant.now(", "LocalDate.now(",
            "LocalDateTime.now(", "ZonedDateTime.now(", "Clock.", "System.currentTimeMillis", "System.nanoTime",
            "Math.random", "ThreadLocalRandom", "new Random(", "new SplittableRandom()", "SecureRandom");

    @Test
    void mainCodeImportsOnlyTheJdkAndItself() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            Matcher matcher = IMPORT.matcher(Files.readString(file));
            while (matcher.find()) {
                String imported = matcher.group(2);
                if (!imported.startsWith("java.") && !imported.startsWith("org.ketaminetraining.scheduling")) {
                    offenders.add(file + ": " + imported);
                }
            }
        }
        assertThat(javaFiles(MAIN)).hasSizeGreaterThan(20);
        assertThat(offenders).isEmpty();
    }

    @Test
    void mainCodeReadsNoClockAndNoGlobalRandomness() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String source = Files.readString(file);
            for (String call : FORBIDDEN_CALLS) {
                if (source.contains(call)) {
                    offenders.add(file + ": " + call);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path root : List.of(MAIN, TEST)) {
            for (Path dir : packageDirectories(root)) {
                if (!Files.exists(dir.resolve("package-info.java"))) {
                    missing.add(dir);
                }
            }
        }
        assertThat(packageDirectories(MAIN)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(missing).isEmpty();
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    private static List<Path> packageDirectories(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(Path::getParent).distinct().toList();
        }
    }
}
