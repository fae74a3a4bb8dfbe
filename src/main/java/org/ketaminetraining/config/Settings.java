package org.ketaminetraining.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings as typed values, read from any source of named values (MicroProfile Config in the server, a map in
 * tests) and checked all at once, so that a wrong installation learns every mistake from one failed start, each
 * message naming its variable. The defaults are server-config/server.xml's; the few repeated here apply when a
 * source has none at all (outside the server).
 */
record Settings(Path dataDirectory, String database, boolean demoMode, String demoPassword, ZoneId zone,
        URI publicUrl, List<Path> fontDirectories, String allowedOrigins, Optional<String> defaultDepartment,
        Path questionsDirectory, Optional<Smtp> smtp, int itemMinimumResponses,
        int demoSimulatedLearners) {

    /**
     * Where reminder mails go (KT_SMTP_...); empty when KT_SMTP_HOST is unset, and then mails wait in the outbox.
     * The server's mailSession (server.xml) reads the same variables; the app reads them to know whether mail is
     * configured and to check them at start.
     */
    record Smtp(String host, int port, Optional<String> user, String from, boolean tls) {
    }

    static final List<String> DATABASES = List.of("derby", "postgresql");
    /** Bounds every value before it is parsed; no setting needs more. */
    static final int MAX_LENGTH = 4_000;

    /**
     * Reads and checks every setting.
     *
     * @param source the value of a variable, empty when it is unset or empty
     * @param workingDirectory the server's working directory (its server folder), for the default bank folder
     * @throws InvalidSettingsException naming every variable whose value is wrong
     */
    static Settings read(Function<String, Optional<String>> source, Path workingDirectory) {
        Reader reader = new Reader(source);
        Path dataDir = reader.path("KT_DATA_DIR", null);
        String database = reader.text("KT_DB").map(s -> s.toLowerCase(Locale.ROOT)).orElse("derby");
        if (!DATABASES.contains(database)) {
            reader.problem("KT_DB", "must be derby or postgresql, was '" + database + "'");
        }
        boolean demo = reader.bool("KT_DEMO");
        String demoPassword = source.apply("KT_DEMO_PASSWORD").orElse("");
        ZoneId zone = reader.zone("KT_TIME_ZONE");
        URI publicUrl = reader.publicUrl("KT_PUBLIC_URL");
        List<Path> fonts = reader.pathList("KT_FONT_DIRS", "/usr/share/fonts");
        String origins = source.apply("KT_ALLOWED_ORIGINS").orElse("");
        Optional<String> department = reader.text("KT_DEFAULT_DEPARTMENT").map(s -> s.toLowerCase(Locale.ROOT));
        // The server runs in target/liberty/wlp/usr/servers/NAME, six levels below the checkout that built it.
        Path questions = reader.path("KT_QUESTIONS_DIR",
                workingDirectory.toAbsolutePath().resolve("../../../../../../questions"));
        Optional<Smtp> smtp = smtp(reader);
        int minimumResponses = boundedInt(reader, "KT_ITEM_MINIMUM_RESPONSES", DEFAULT_ITEM_MINIMUM_RESPONSES, 1,
                MAX_ITEM_MINIMUM_RESPONSES);
        int simulated = boundedInt(reader, "KT_DEMO_SIMULATED_LEARNERS", DEFAULT_DEMO_SIMULATED_LEARNERS, 0,
                MAX_DEMO_SIMULATED_LEARNERS);
        reader.failOnProblems();
        return new Settings(dataDir, database, demo, demoPassword, zone, publicUrl, fonts, origins, department,
                questions, smtp, minimumResponses, simulated);
    }

    /** An address as SMTP takes it in MAIL FROM: something@somewhere, no spaces, brackets or line breaks. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "[^\\s@<>()\\[\\],;:\"]{1,64}@[A-Za-z0-9.-]{1,253}");

    /** Default of KT_ITEM_MINIMUM_RESPONSES, Moodle-like: below 20 responses a facility swings by 10 points or more. */
    static final int DEFAULT_ITEM_MINIMUM_RESPONSES = 20;
    static final int MAX_ITEM_MINIMUM_RESPONSES = 10_000;
    /** Default of KT_DEMO_SIMULATED_LEARNERS: enough for every item to pass the default gate of 20 responses. */
    static final int DEFAULT_DEMO_SIMULATED_LEARNERS = 200;
    static final int MAX_DEMO_SIMULATED_LEARNERS = 2_000;

    /** A whole number from min to max, or the default when unset; a problem naming the variable otherwise. */
    private static int boundedInt(Reader reader, String variable, int defaultValue, int min, int max) {
        String text = reader.text(variable).orElse(String.valueOf(defaultValue));
        int value;
        try {
            // Bounded before it is parsed: no setting here needs more than five digits.
            value = text.length() <= 5 ? Integer.parseInt(text) : Integer.MIN_VALUE;
        } catch (NumberFormatException e) {
            value = Integer.MIN_VALUE;
        }
        if (value < min || value > max) {
            reader.problem(variable, "must be a whole number from " + min + " to " + max + ", was '" + text + "'");
            return defaultValue;
        }
        return value;
    }

    private static Optional<Smtp> smtp(Reader reader) {
        Optional<String> host = reader.text("KT_SMTP_HOST");
        String portText = reader.text("KT_SMTP_PORT").orElse("25");
        int port = 25;
        try {
            port = portText.length() <= 5 ? Integer.parseInt(portText) : -1;
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65_535) {
            reader.problem("KT_SMTP_PORT", "must be a port number from 1 to 65535, was '" + portText + "'");
            port = 25;
        }
        Optional<String> user = reader.text("KT_SMTP_USER");
        boolean tls = reader.bool("KT_SMTP_TLS");
        Optional<String> from = reader.text("KT_SMTP_FROM");
        if (from.isPresent() && !ADDRESS.matcher(from.get()).matches()) {
            reader.problem("KT_SMTP_FROM", "must be a mail address such as training@hospital.example, was '"
                    + from.get() + "'");
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (from.isEmpty()) {
            reader.problem("KT_SMTP_FROM", "must be set when KT_SMTP_HOST is: the address reminders are sent from");
        }
        return Optional.of(new Smtp(host.get(), port, user, from.orElse(""), tls));
    }

    /** Collects the problems of one reading, so all are reported together. */
    private static final class Reader {
        private final Function<String, Optional<String>> source;
        private final List<String> problems = new ArrayList<>();

        Reader(Function<String, Optional<String>> source) {
            this.source = source;
        }

        void problem(String variable, String message) {
            problems.add(variable + " " + message);
        }

        void failOnProblems() {
            if (!problems.isEmpty()) {
                throw new InvalidSettingsException(problems);
            }
        }

        /** The stripped value, empty when unset or blank; a value over the bound is a problem. */
        Optional<String> text(String variable) {
            Optional<String> value = source.apply(variable).map(String::strip).filter(s -> !s.isEmpty());
            if (value.isPresent() && value.get().length() > MAX_LENGTH) {
                problem(variable, "is longer than " + MAX_LENGTH + " characters");
                return Optional.empty();
            }
            return value;
        }

        boolean bool(String variable) {
            String value = text(variable).orElse("false");
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                problem(variable, "must be true or false, was '" + value + "'");
            }
            return value.equalsIgnoreCase("true");
        }

        /** An absolute, normalized path; {@code fallback} when unset (a problem when there is none). */
        Path path(String variable, Path fallback) {
            Optional<String> value = text(variable);
            if (value.isEmpty()) {
                if (fallback == null) {
                    problem(variable, "is not set");
                    return null;
                }
                return fallback.toAbsolutePath().normalize();
            }
            try {
                return Path.of(value.get()).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                problem(variable, "is not a usable path: " + e.getMessage());
                return null;
            }
        }

        List<Path> pathList(String variable, String fallback) {
            String value = text(variable).orElse(fallback);
            try {
                return Arrays.stream(value.split(":")).map(String::strip).filter(dir -> !dir.isEmpty())
                        .map(dir -> Path.of(dir).toAbsolutePath().normalize()).toList();
            } catch (InvalidPathException e) {
                problem(variable, "holds a path that is not usable: " + e.getMessage());
                return List.of();
            }
        }

        ZoneId zone(String variable) {
            String value = text(variable).orElse("UTC");
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                problem(variable, "must be a time zone such as UTC or Europe/London, was '" + value + "'");
                return ZoneId.of("UTC");
            }
        }

        /** Without trailing slashes; an absolute http or https address. */
        URI publicUrl(String variable) {
            String url = text(variable).orElse("http://localhost:9080");
            while (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            try {
                URI uri = new URI(url);
                if (uri.isAbsolute() && uri.getHost() != null
                        && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            problem(variable, "must be an absolute http(s) address such as https://training.example.org, was '"
                    + url + "'");
            return URI.create("http://localhost:9080");
        }
    }
}
