package org.ketaminetraining.it.attack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The test server's messages.log, which the build's Liberty writes beside the tests (failsafe passes its path): the
 * one place a test outside the server can count the CSP violation reports the server received.
 */
final class ServerLog {

    static final String CSP_REPORT = "CSP violation report from ";

    private ServerLog() {
    }

    static Path file() {
        return Path.of(System.getProperty("kt.it.server.log",
                "target/liberty/wlp/usr/servers/ketamineTest/logs/messages.log"));
    }

    /** The log's lines that say a CSP violation report arrived. */
    static List<String> cspReports() {
        return lines(line -> line.contains(CSP_REPORT));
    }

    static List<String> lines(Predicate<String> wanted) {
        try {
            return Files.readAllLines(file(), StandardCharsets.UTF_8).stream().filter(wanted).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test server's log " + file().toAbsolutePath(), e);
        }
    }

    /** Waits up to {@code timeout} for a line matching {@code wanted}; the lines found, perhaps none. */
    static List<String> await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> found = lines(wanted);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = lines(wanted);
        }
        return found;
    }
}
