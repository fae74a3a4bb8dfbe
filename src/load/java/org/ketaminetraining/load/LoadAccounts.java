package org.ketaminetraining.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketaminetraining.people.PasswordHasher;

/**
 * The benchmark's trainees, made the way an administrator makes them, plus what only the benchmark needs.
 *
 * <ul>
 * <li>{@code import BASE ADMIN_PASSWORD FROM COUNT}: the demo administrator signs in and imports
 * {@code load-00001...} as trainees of the demo ward through the user import page (the CSV pasted, previewed,
 * applied), over HTTP, as a person would.
 * <li>{@code passwords DERBY_DIRECTORY PASSWORD PROGRAMME}, with the server stopped: gives every {@code load-}
 * account one known password (hashed once with the app's own hasher: 210,000 iterations for each of thousands of
 * accounts would take minutes and measure nothing) and a study profile on the programme that lets them start up to
 * 200 new questions a day, so that nobody runs out of questions during a run of minutes. Administrators' accounts
 * get a temporary password that must be changed at the first sign-in, which a benchmark cannot use.
 * </ul>
 */
public final class LoadAccounts {

    /** The page's own form (Wicket id "form"), not the header's sign-out form. */
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\baction=\"([^\"]+\\.-form)\"");

    private LoadAccounts() {
    }

    static String username(int n) {
        return String.format("load-%05d", n);
    }

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "import" -> importTrainees(URI.create(args[1]), args[2], Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            case "passwords" -> setPasswords(args[1], args[2], args[3]);
            default -> throw new IllegalArgumentException(
                    "usage: import BASE ADMIN_PASSWORD FROM COUNT | passwords DERBY_DIRECTORY PASSWORD PROGRAMME");
        }
    }

    private static void importTrainees(URI base, String adminPassword, int from, int count)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String origin = base.getScheme() + "://" + base.getAuthority();
        HttpResponse<String> login = http.send(page(base.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> home = http.send(page(action(login)).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + adminPassword)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (home.uri().getPath().endsWith("/login")) {
            throw new IllegalStateException("the administrator could not sign in at " + base);
        }
        StringBuilder csv = new StringBuilder("username,display_name,email,department,roles\n");
        for (int i = from; i < from + count; i++) {
            csv.append(username(i)).append(",Load trainee ").append(letters(i)).append(",,demo-ward,TRAINEE\n");
        }
        HttpResponse<String> form = http.send(page(base.resolve("/admin/users/import")).build(),
                HttpResponse.BodyHandlers.ofString());
        String boundary = "----load" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csv\"\r\n\r\n" + csv + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\r\n--" + boundary + "--\r\n";
        HttpResponse<String> preview = http.send(page(action(form)).header("Origin", origin)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher apply = Pattern.compile("<form[^>]*\\baction=\"([^\"]*-preview-apply)\"").matcher(preview.body());
        if (!apply.find()) {
            String text = preview.body().replaceAll("(?s)<[^>]+>", " ").replaceAll("\\s+", " ");
            int problems = text.indexOf("Problem:");
            throw new IllegalStateException("no preview to apply; the page says: "
                    + text.substring(Math.max(0, problems), Math.min(text.length(), Math.max(0, problems) + 600)));
        }
        HttpResponse<String> applied = http.send(page(preview.uri().resolve(apply.group(1).replace("&amp;", "&")))
                .header("Origin", origin).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        if (applied.statusCode() != 200) {
            throw new IllegalStateException("the import was not applied: " + applied.statusCode());
        }
        System.out.println("imported " + count + " trainees from " + username(from));
    }

    /** A number as letters (1 = "a", 27 = "aa"): names may hold no digits. */
    static String letters(int n) {
        StringBuilder name = new StringBuilder();
        for (int rest = n; rest > 0; rest = (rest - 1) / 26) {
            name.insert(0, (char) ('a' + (rest - 1) % 26));
        }
        return name.toString();
    }

    private static URI action(HttpResponse<String> page) {
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("no form at " + page.uri());
        }
        return page.uri().resolve(action.group(1).replace("&amp;", "&"));
    }

    private static HttpRequest.Builder page(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).header("Sec-Fetch-Site", "same-origin");
    }

    private static void setPasswords(String derbyDirectory, String password, String programme) throws SQLException {
        String hash = PasswordHasher.standard(new SecureRandom()).hash(password.toCharArray());
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + derbyDirectory)) {
            db.setAutoCommit(false);
            int accounts;
            try (PreparedStatement update = db.prepareStatement("UPDATE account SET password_hash = ?,"
                    + " must_change_password = FALSE WHERE username LIKE 'load-%'")) {
                update.setString(1, hash);
                accounts = update.executeUpdate();
            }
            int profiles;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO learner_profile (account_id,"
                    + " programme_key, new_items_per_day, time_zone, keyboard_shortcuts, created_at) SELECT id, ?,"
                    + " 200, 'UTC', TRUE, ? FROM account a WHERE username LIKE 'load-%' AND NOT EXISTS"
                    + " (SELECT 1 FROM learner_profile p WHERE p.account_id = a.id)")) {
                insert.setString(1, programme);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                profiles = insert.executeUpdate();
            }
            db.commit();
            System.out.println(accounts + " load accounts can sign in; " + profiles + " study profiles made");
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception (SQLState XJ015).
            }
        }
    }
}
