package org.ketaminetraining.it.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketaminetraining.it.Browser;
import org.ketaminetraining.it.WebSession;

/**
 * A megabyte in every text field of every form each role reaches from its navigation, one field at a time, and
 * invalid UTF-8 in each form's body, over real HTTP as a signed-in browser would post them: every answer is a
 * refusal or the page with its message, in milliseconds, never a 500. The forms are read from the pages' HTML, so
 * a new form is covered by the next run; the test prints every field and its time.
 */
class HostileFormsIT {

    private static final String MEGABYTE = "9".repeat(1_000_000);
    /** Invalid UTF-8: a truncated sequence, a byte never used, an overlong '/', and an encoded lone surrogate. */
    private static final byte[][] INVALID_UTF8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
    private static final Set<String> NOT_TYPED = Set.of("hidden", "checkbox", "radio", "submit", "button", "file",
            "reset", "image");

    @ParameterizedTest
    @ValueSource(strings = {"admin", "educator", "manager", "trainee"})
    void aMegabyteOrInvalidUtf8InEveryFieldIsRefusedQuicklyAndNeverA500(String role) throws Exception {
        URI base = URI.create(Browser.baseUrl());
        WebSession session = WebSession.signIn(base, role, Browser.demoPassword());
        List<String> refused = new ArrayList<>();
        for (String path : navigation(session)) {
            Document page = page(session, path);
            for (Element form : page.select("form[method=post]")) {
                List<Element> fields = form.select("input[name], textarea[name]").stream()
                        .filter(field -> !NOT_TYPED.contains(field.attr("type"))).toList();
                if (fields.isEmpty()) {
                    continue;
                }
                URI action = URI.create(form.absUrl("action"));
                for (Element field : fields) {
                    Map<String, String> values = values(form);
                    values.put(field.attr("name"), MEGABYTE);
                    String what = role + " " + path + " " + field.attr("name") + " = 1 MB";
                    Refusals.Timed timed = Refusals.time(() -> session.post(action, values));
                    assertNotAFailure(what, timed);
                    refused.add(what + " -> " + timed.response().statusCode() + " in " + timed.millis() + " ms");
                }
                for (byte[] invalid : invalidUtf8()) {
                    byte[] body = body(values(form), fields.get(0).attr("name"), invalid);
                    String what = role + " " + path + " " + fields.get(0).attr("name") + " = invalid UTF-8 "
                            + new String(invalid, StandardCharsets.ISO_8859_1).replaceAll("[^ -~]", "?") + " "
                            + hex(invalid);
                    Refusals.Timed timed = Refusals.time(() -> session.post(action,
                            "application/x-www-form-urlencoded", body));
                    assertNotAFailure(what, timed);
                    refused.add(what + " -> " + timed.response().statusCode() + " in " + timed.millis() + " ms");
                }
            }
        }
        refused.forEach(line -> System.out.println("[attack] " + line));
        assertThat(refused).as(role + "'s form fields").isNotEmpty();
    }

    /** Each invalid sequence twice: as raw bytes, and percent-encoded as a browser would send the bytes. */
    static List<byte[]> invalidUtf8() {
        List<byte[]> both = new ArrayList<>();
        for (byte[] raw : INVALID_UTF8) {
            both.add(raw);
            StringBuilder encoded = new StringBuilder();
            for (byte b : raw) {
                encoded.append('%').append(String.format("%02X", b));
            }
            both.add(encoded.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return both;
    }

    /** Anything but a server failure, and in milliseconds. */
    static void assertNotAFailure(String what, Refusals.Timed timed) {
        HttpResponse<String> answer = timed.response();
        assertThat(answer.statusCode()).as(what + " answered").isLessThan(500);
        assertThat(answer.body()).as(what + " shows no internal error").doesNotContain("Internal error",
                "internal error");
        Refusals.record(what, timed.millis());
    }

    /** The addresses of the role's navigation, as the home page lists them (the sign-in page for signed out). */
    private static Set<String> navigation(WebSession session) throws Exception {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("");
        for (Element link : page(session, "").select("nav a[href]")) {
            URI target = URI.create(link.absUrl("href"));
            if (target.toString().startsWith(Browser.baseUrl()) && target.getQuery() == null) {
                paths.add(target.getPath().substring(1));
            }
        }
        paths.add("account/password");
        paths.add("verify");
        paths.add("admin/users/edit");
        return paths;
    }

    private static Document page(WebSession session, String path) throws Exception {
        HttpResponse<byte[]> answer = session.get(path);
        return Jsoup.parse(new String(answer.body(), StandardCharsets.UTF_8), answer.uri().toString());
    }

    /** The values the form would send as it stands: its text, its checked boxes and its selected options. */
    private static Map<String, String> values(Element form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("file")
                    || ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            String value = input.tagName().equals("select")
                    ? input.select("option[selected]").stream().findFirst().map(o -> o.attr("value")).orElse("")
                    : input.tagName().equals("textarea") ? input.text() : input.attr("value");
            values.putIfAbsent(input.attr("name"), value);
        }
        return values;
    }

    /** The form's body with {@code field}'s value replaced by raw bytes that are not UTF-8. */
    private static byte[] body(Map<String, String> values, String field, byte[] raw) {
        values.put(field, "x");
        StringBuilder encoded = new StringBuilder();
        values.forEach((name, value) -> encoded.append(encoded.isEmpty() ? "" : "&")
                .append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(name.equals(field) ? "%RAW%" : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        String[] parts = encoded.toString().split("%RAW%", 2);
        byte[] before = parts[0].getBytes(StandardCharsets.US_ASCII);
        byte[] after = parts[1].getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[before.length + raw.length + after.length];
        System.arraycopy(before, 0, body, 0, before.length);
        System.arraycopy(raw, 0, body, before.length, raw.length);
        System.arraycopy(after, 0, body, before.length + raw.length, after.length);
        return body;
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X", b));
        }
        return hex.toString();
    }
}
