package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The per-address sign-in limit over real HTTP. The test server trusts the loopback address as a proxy
 * (KT_TRUSTED_PROXIES in pom.xml), so each visitor here names its own client address in X-Forwarded-For, as a
 * reverse proxy would; visitors without the header (every other test) count as 127.0.0.1 and are not affected.
 */
class SignInThrottleIT {

    private static final String THROTTLED = "Too many failed sign-ins from your network. Try again in 1 minute.";
    private static final String REFUSED = "Sign-in failed";
    private static final Pattern TEMPORARY_PASSWORD =
            Pattern.compile("temporary password, shown only now, is (\\S+) \\.");

    @Test
    void twentyFiveWrongSignInsFromOneAddressAreThrottledAfterTenWhileTheOwnerElsewhereSignsIn() throws Exception {
        String username = "throttled." + Long.toString(System.nanoTime(), 36);
        String password = createTrainee(username);
        int octet = ThreadLocalRandom.current().nextInt(1, 255);
        WebClient attacker = new WebClient(Map.of("X-Forwarded-For", "198.51.100." + octet));

        List<WebClient.Answer> answers = new ArrayList<>();
        List<Long> refusalNanos = new ArrayList<>();
        List<Long> throttledNanos = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long start = System.nanoTime();
            WebClient.Answer answer = attacker.signIn(username, "not the password " + i);
            long took = System.nanoTime() - start;
            answers.add(answer);
            (answer.body().contains(THROTTLED) ? throttledNanos : refusalNanos).add(took);
        }
        for (int i = 0; i < 25; i++) {
            WebClient.Answer answer = answers.get(i);
            assertThat(answer.status()).as("attempt %d", i + 1).isEqualTo(200);
            String text = answer.page().select("main").text();
            assertThat(text).as("attempt %d", i + 1).contains(REFUSED);
            if (i < 10) {
                assertThat(text).as("attempt %d", i + 1).doesNotContain("Too many failed sign-ins");
            } else {
                assertThat(text).as("attempt %d", i + 1).contains(THROTTLED);
            }
        }
        // A throttled answer skips the password hashing, so it is never slower than an ordinary refusal.
        assertThat(median(throttledNanos)).isLessThanOrEqualTo(median(refusalNanos));

        // The right password from the throttled address is refused the same way ...
        WebClient.Answer rightButThrottled = attacker.signIn(username, password);
        assertThat(rightButThrottled.isRedirect()).isFalse();
        assertThat(rightButThrottled.page().select("main").text()).contains(REFUSED, THROTTLED);
        assertThat(attacker.get("").uri().getPath()).isEqualTo("/login");

        // ... while the owner at another address signs in (and is asked to change the temporary password).
        WebClient owner = new WebClient(Map.of("X-Forwarded-For", "203.0.113." + octet));
        WebClient.Answer signedIn = owner.signIn(username, password);
        assertThat(signedIn.isRedirect()).as("the owner's sign-in answers with a redirect").isTrue();
        assertThat(owner.follow(signedIn).uri().getPath()).isEqualTo("/account/password");
    }

    /** The administrator creates a trainee over HTTP; returns the temporary password the page shows once. */
    private static String createTrainee(String username) throws Exception {
        WebClient admin = new WebClient();
        assertThat(admin.signIn("admin", Browser.demoPassword()).isRedirect()).isTrue();
        WebClient.Answer form = admin.get("admin/users/edit");
        WebClient.Answer created = admin.follow(admin.submit(form.page(), "username",
                Map.of("username", username, "displayName", "Throttle Test"), WebClient.SAME_ORIGIN));
        Matcher matcher = TEMPORARY_PASSWORD.matcher(created.page().text());
        assertThat(matcher.find()).as("the new user's page shows the temporary password:\n%s",
                created.page().text()).isTrue();
        return matcher.group(1);
    }

    private static long median(List<Long> values) {
        assertThat(values).isNotEmpty();
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
