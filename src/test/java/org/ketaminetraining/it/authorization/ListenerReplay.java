package org.ketaminetraining.it.authorization;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The listener addresses a page offers its viewer (form actions, links into components, Ajax callbacks), replayed
 * with GET and POST in the session of someone the page is refused to. Wicket then finds no such page in that
 * session and builds a fresh one from the address, so the replay must meet the same refusal as opening the page:
 * the sign-in page, the 403 page or "not found", never the listener's work.
 */
final class ListenerReplay {

    /** Wicket's address of a component or behaviour listener: {@code ?3-1.0-path} or {@code ?-1.-path}. */
    private static final Pattern LISTENER = Pattern.compile("[?&]\\d*-\\d*\\.\\d*-[^&=]+(&|$)");
    /** The callback address in the attributes of an Ajax behaviour ({@code "u":"./study?3-1.0-answer"}). */
    private static final Pattern AJAX = Pattern.compile("\"u\":\"([^\"]+)\"");
    private static final Pattern SIGN_OUT = Pattern.compile("[.-](signOut|menuSignOut)$");
    private static final Set<Outcome> REFUSALS = Set.of(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.NOT_FOUND);

    /** Values a replayed form carries where it has such a field, so that its work would be visible if done. */
    static final String INTRUDER = "matrix-intruder-" + Long.toString(System.nanoTime(), 36);

    /**
     * The user form's username and the department form's code and name; every other field keeps the value the page
     * gave, so that a replay refused by nothing but authorization would be accepted and seen.
     */
    private static final Map<String, String> INTRUDING_VALUES = Map.of("*username", INTRUDER, "*displayName",
            "Matrix Intruder", "*code", INTRUDER, "*p::name", "Matrix Intruder");

    /** One listener address of a page, with the fields to post when it is a form's action. */
    record Listener(URI address, Map<String, String> fields) {
    }

    private ListenerReplay() {
    }

    /** Adds the listener addresses in a page, as its viewer got it, to those {@code found} so far. */
    static void in(Visitor.Answer page, Map<String, Listener> found) {
        Document document = page.page();
        for (Element form : document.select("form[action]")) {
            add(found, form.absUrl("action"), Visitor.fields(form, INTRUDING_VALUES));
        }
        for (Element link : document.select("a[href]")) {
            add(found, link.absUrl("href"), Map.of());
        }
        Matcher ajax = AJAX.matcher(page.body());
        while (ajax.find()) {
            add(found, page.uri().resolve(ajax.group(1).replace("\\/", "/")).toString(), Map.of());
        }
    }

    /**
     * Keeps a listener once, whichever session's page number its address carries. The sign-out form is left out:
     * every page offers it to everyone signed in, the refusal pages included, so using it is no one's privilege.
     */
    private static void add(Map<String, Listener> found, String address, Map<String, String> fields) {
        if (!address.isEmpty() && LISTENER.matcher(address).find() && !SIGN_OUT.matcher(address).find()) {
            found.putIfAbsent(address.replaceFirst("([?&])\\d*-\\d*\\.", "$1"), new Listener(URI.create(
                    address), fields));
        }
    }

    /**
     * Replays every listener with GET and POST as the visitor; adds to {@code failures} each that was not refused.
     */
    static int replay(String where, java.util.Collection<Listener> listeners, Identity identity, Visitor visitor,
            List<String> failures) throws IOException, InterruptedException {
        int requests = 0;
        for (Listener listener : listeners) {
            for (String method : List.of("GET", "POST")) {
                Visitor.Answer answer = visitor.send(listener.address(), method, method.equals("POST") ? listener
                        .fields() : null);
                requests++;
                if (!REFUSALS.contains(answer.outcome())) {
                    failures.add("Listener of " + where + " replayed by " + identity + " (" + method + " "
                            + listener.address().getPath() + "?" + listener.address().getRawQuery() + ") got "
                            + answer.outcome() + " (" + answer.status() + " at " + answer.uri().getPath()
                            + "), not a refusal");
                }
            }
        }
        return requests;
    }
}
