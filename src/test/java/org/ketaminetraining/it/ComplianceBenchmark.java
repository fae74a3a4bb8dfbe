package org.ketaminetraining.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times managers' pages and downloads over HTTP against a running server, as a browser fetches them: each path is
 * fetched a few times to warm up, then timed. Issue 17 measures them on the data of
 * {@link org.ketaminetraining.compliance.bench.ComplianceDataGenerator} (10,000 staff, two million answers): the
 * dashboard and the report's first page under 1 s, the full CSV and XLSX under 5 s. A measurement, not a test.
 *
 * <pre>
 * KT_BENCH_PASSWORD=... [KT_BENCH_SERVER_PID=...] ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.ketaminetraining.it.ComplianceBenchmark \
 *   -Dexec.args="http://localhost:9080/ manager-all 10 /reports/completion /reports/completion.csv"
 * </pre>
 *
 * Arguments: the server's address, the account to sign in as, the timed fetches per path (after 3 to warm up), then
 * the paths. A path written {@code /admin/outbox!run!remind} instead presses a form's button (here the outbox's
 * "Run reminders now", form {@code run}, button {@code remind}, as an administrator) and times each press from the
 * first, without warming up: the first nightly run is the one that decides and records the mails, the later ones
 * find them recorded. With the server's process id it also prints the server's resident memory now and at its peak.
 */
public final class ComplianceBenchmark {

    private static final int WARM_UP = 3;
    private static final Pattern FEEDBACK = Pattern.compile("((?:Reminders|Digests) run:[^<]*)");

    private ComplianceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String username = args[1];
        int runs = Integer.parseInt(args[2]);
        List<String> paths = Arrays.asList(args).subList(3, args.length);
        String password = System.getenv("KT_BENCH_PASSWORD");
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("set KT_BENCH_PASSWORD to the generated accounts' password");
        }
        System.out.printf("%s as %s, %d cores, load %s%n", base, username,
                Runtime.getRuntime().availableProcessors(), read("/proc/loadavg"));
        WebSession session = WebSession.signIn(base, username, password);
        for (String path : paths) {
            if (path.contains("!")) {
                press(session, path, runs);
                continue;
            }
            long[] nanos = new long[runs];
            long bytes = 0;
            for (int i = -WARM_UP; i < runs; i++) {
                long started = System.nanoTime();
                var response = session.get(path);
                long took = System.nanoTime() - started;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
                bytes = response.body().length;
                if (i >= 0) {
                    nanos[i] = took;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("%-40s p50 %7.0f ms   p95 %7.0f ms   max %7.0f ms   %,d bytes%n", path,
                    nanos[runs / 2] / 1e6, nanos[Math.max(0, (int) Math.ceil(runs * 0.95) - 1)] / 1e6,
                    nanos[runs - 1] / 1e6, bytes);
        }
        String pid = System.getenv("KT_BENCH_SERVER_PID");
        if (pid != null && !pid.isBlank()) {
            read("/proc/" + pid.strip() + "/status").lines().filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
                    .forEach(line -> System.out.println("server " + line.replaceAll("\\s+", " ")));
        }
        System.out.printf("load after: %s%n", read("/proc/loadavg"));
    }

    /** Presses the button {@code page!form!button} {@code runs} times, timing each press and printing what it said. */
    private static void press(WebSession session, String spec, int runs) throws Exception {
        String[] parts = spec.split("!", 3);
        for (int i = 1; i <= runs; i++) {
            URI action = session.formAction(parts[0], parts[1]);
            long started = System.nanoTime();
            var response = session.post(action, Map.of(parts[2], ""));
            long took = System.nanoTime() - started;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(spec + " answered " + response.statusCode());
            }
            Matcher said = FEEDBACK.matcher(response.body());
            System.out.printf("%-40s press %d %7.0f ms   %s%n", spec, i, took / 1e6,
                    said.find() ? said.group(1).strip() : "(no message)");
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
