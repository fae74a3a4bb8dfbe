package org.ketaminetraining.it.durability;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketaminetraining.it.WebClient;
import org.ketaminetraining.it.WebClient.Answer;

/**
 * Trainees made the way an organisation makes them, over HTTP: the demo administrator creates each account on the
 * users page and reads the temporary password it shows once; the trainee signs in, chooses a password, and sets
 * their study settings. Each client poses as its own address (X-Forwarded-For; the crash server trusts loopback as
 * a proxy) so the sign-in throttle, which counts per address, sees many trainees and not one busy machine.
 */
final class TraineeAccounts {

    static final String PASSWORD = "crash durability passphrase 2026";
    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("password, shown only now, is (\\S+) \\.");

    private final String baseUrl;
    private final String demoPassword;

    TraineeAccounts(String baseUrl, String demoPassword) {
        this.baseUrl = baseUrl;
        this.demoPassword = demoPassword;
    }

    /** A fresh client (no cookies) posing as client number {@code n}. */
    WebClient client(int n) {
        return new WebClient(baseUrl, Map.of("X-Forwarded-For", "10.24." + (n / 200) + "." + (1 + n % 200)));
    }

    /** Creates the trainee as the administrator, signs them in for the first time and saves their settings. */
    void create(String username, int n, String programmeTitle) throws IOException, InterruptedException {
        WebClient admin = client(1000 + n);
        signIn(admin, "admin", demoPassword);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        // A name holds letters only: the number spelled in letters (0 is a, 27 is bb).
        fields.put("displayName", "Crash Trainee " + Character.toString('a' + n % 26).repeat(1 + n / 26));
        Answer created = admin.follow(admin.submit(admin.get("admin/users/edit").page(), "username", fields,
                WebClient.SAME_ORIGIN));
        Matcher temporary = TEMPORARY_PASSWORD.matcher(created.page().select(".alert-success").text());
        if (!temporary.find()) {
            throw new AssertionError("no temporary password for " + username + ": " + created.page().text());
        }
        WebClient trainee = client(n);
        Answer changePassword = trainee.follow(trainee.signIn(username, temporary.group(1)));
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put("currentPassword", temporary.group(1));
        passwords.put("newPassword", PASSWORD);
        passwords.put("confirm", PASSWORD);
        Answer changed = trainee.follow(trainee.submit(changePassword.page(), "currentPassword", passwords,
                WebClient.SAME_ORIGIN));
        if (changed.uri().getPath().contains("/account/password")) {
            throw new AssertionError(username + " could not choose a password: " + changed.page().text());
        }
        // The most new questions a day the settings allow, so that a long run never runs out of questions.
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("newItemsPerDay", "200");
        org.jsoup.nodes.Document page = trainee.get("study/settings").page();
        // The programme is chosen by the title shown; the field's name is its Wicket path.
        org.jsoup.nodes.Element programmes = page.selectFirst("select#programmeId");
        settings.put(programmes.attr("name"), programmes.select("option").stream()
                .filter(o -> o.text().equals(programmeTitle)).findFirst()
                .orElseThrow(() -> new AssertionError("no programme " + programmeTitle + " to choose"))
                .attr("value"));
        Answer saved = trainee.follow(trainee.submit(page, "newItemsPerDay", settings, WebClient.SAME_ORIGIN));
        if (saved.page().select(".alert-success").isEmpty()) {
            throw new AssertionError(username + ": settings not saved: " + saved.page().text());
        }
    }

    /** A new client signed in as the trainee (after a restart the old session is gone with the killed JVM). */
    WebClient signedIn(String username, int n) throws IOException, InterruptedException {
        WebClient trainee = client(n);
        signIn(trainee, username, PASSWORD);
        return trainee;
    }

    private static void signIn(WebClient client, String username, String password)
            throws IOException, InterruptedException {
        Answer after = client.follow(client.signIn(username, password));
        if (after.status() != 200 || after.uri().getPath().endsWith("/login")) {
            throw new IOException(username + " could not sign in: " + after.status() + " at " + after.uri());
        }
    }
}
