package org.ketaminetraining.it.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Liberty server of the harness's own, {@code ketamineCrash<Database>}, made from what the build installed for
 * {@code ketamineTest} (server.xml, the WAR, the JDBC drivers), with its own ports and data folder. It runs in the
 * foreground ({@code server run}) as a child of the test JVM, so that the harness holds the JVM's process handle and
 * can SIGKILL it: {@code server stop} would be a clean shutdown, which is exactly what a crash test must not do.
 */
final class CrashServer {

    /** Server names start with this, then the database's name, so the Derby and PostgreSQL runs can overlap. */
    static final String NAME_PREFIX = "ketamineCrash";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

    private final Path wlp;
    private final String name;
    private final Path serverDir;
    private final int httpPort;
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process launcher;
    private final List<Long> startMillis = new ArrayList<>();

    /**
     * Creates (or refreshes) the server folder with these bootstrap properties: ports, KT_DATA_DIR, KT_DB and the
     * database settings, demo mode. The Liberty installation must exist (the build's pre-integration-test phase).
     */
    CrashServer(Path wlp, String database, int httpPort, Map<String, String> bootstrap) {
        this.wlp = wlp;
        this.name = NAME_PREFIX + database;
        this.httpPort = httpPort;
        this.serverDir = wlp.resolve("usr/servers/" + name);
        Path template = wlp.resolve("usr/servers/ketamineTest");
        if (!Files.isDirectory(template.resolve("apps"))) {
            throw new IllegalStateException("no ketamineTest server with its app under " + template
                    + ": run the harness through ./mvnw verify (pre-integration-test installs Liberty)");
        }
        try {
            copyTree(template, serverDir, "server.xml", "db-derby.xml", "db-postgresql.xml", "server.env", "apps",
                    "lib");
            StringBuilder properties = new StringBuilder("# Written by the crash durability harness\n");
            bootstrap.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
            Files.writeString(serverDir.resolve("bootstrap.properties"), properties);
            // The test server's JVM options, plus the client compiler only: this server is killed and restarted
            // over and over, and C1 alone starts in about two thirds of the CPU time (README, start-up); its peak
            // speed does not matter to a durability test.
            String options = Files.readString(template.resolve("jvm.options"));
            Files.writeString(serverDir.resolve("jvm.options"), options + "\n-XX:TieredStopAtLevel=1\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server in the foreground and waits until /health/ready says UP; returns the time it took. */
    Duration start() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Files.createDirectories(serverDir.resolve("logs"));
        launcher = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(serverDir.resolve("logs/harness-console.log").toFile()))
                .start();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!ready()) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException(name + " exited with " + launcher.exitValue()
                        + " before it was ready; see " + serverDir.resolve("logs"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready after " + READY_TIMEOUT);
            }
            Thread.sleep(200);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        startMillis.add(took.toMillis());
        return took;
    }

    boolean ready() {
        try {
            HttpResponse<String> health = probe.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + httpPort + "/health/ready")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * SIGKILL to the server's JVM (not to the shell script that may have launched it): no shutdown hook, no
     * flush, no clean close of the database. Waits until the process is gone and its port is free.
     */
    void kill() throws InterruptedException {
        ProcessHandle jvm = serverJvm().orElseThrow(() -> new IllegalStateException("no JVM of " + name));
        // destroyForcibly is SIGKILL on Linux (ProcessHandleImpl: kill(pid, SIGKILL)).
        if (!jvm.destroyForcibly()) {
            throw new IllegalStateException("SIGKILL to " + jvm.pid() + " was not sent");
        }
        jvm.onExit().join();
        launcher.waitFor(30, TimeUnit.SECONDS);
        launcher.destroyForcibly();
        while (ready()) {
            Thread.sleep(50);
        }
    }

    /** A clean stop ({@code server stop}), as at the end of a run; the foreground launcher then exits too. */
    void stop() throws IOException, InterruptedException {
        if (launcher == null || !launcher.isAlive()) {
            return;
        }
        Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        stop.waitFor(120, TimeUnit.SECONDS);
        if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** The Java process of the server: the launched process itself when the script exec'd java, else a child. */
    private Optional<ProcessHandle> serverJvm() {
        ProcessHandle self = launcher.toHandle();
        return Stream.concat(Stream.of(self), self.descendants()).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
    }

    /** Milliseconds from launch to ready, for each start so far (the first is the fresh database's). */
    List<Long> startMillis() {
        return List.copyOf(startMillis);
    }

    Path logs() {
        return serverDir.resolve("logs");
    }

    private static void copyTree(Path from, Path to, String... names) throws IOException {
        Files.createDirectories(to);
        for (String name : names) {
            Path source = from.resolve(name);
            if (!Files.exists(source)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(source)) {
                for (Path file : (Iterable<Path>) tree::iterator) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
