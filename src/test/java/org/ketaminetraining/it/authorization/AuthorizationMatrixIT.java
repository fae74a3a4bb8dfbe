package org.ketaminetraining.it.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix over real HTTP against the running test server (demo mode): every route the application
 * serves ({@link ApplicationRoutes}), requested as every {@link Identity} with real parameters, must get what its
 * rule in {@link AccessRules} says; no answer is a server error; a manager's answers never name the other
 * department's trainee; and every listener address a page offers is replayed, GET and POST, in the session of each
 * identity refused that page, which must be refused too and change nothing (no user or department is created from
 * the administrators' forms).
 */
class AuthorizationMatrixIT {

    private static final URI BASE = URI.create(System.getProperty("kt.it.base.url", "http://localhost:9181/"));

    @Test
    void everyRouteAsEveryIdentityAndEveryListenerReplayedByThoseRefused() throws Exception {
        awaitReady();
        long started = System.nanoTime();
        List<Route> routes = ApplicationRoutes.all();
        List<String> failures = new ArrayList<>(RuleCoverage.problems(routes));
        Fixture fixture = new Fixture(BASE, System.getProperty("kt.it.demo.password"));
        System.out.printf("Authorization matrix: routes read and fixture made in %d ms%n", TimeUnit.NANOSECONDS
                .toMillis(System.nanoTime() - started));
        int requests = 0;
        int probes = 0;
        int replays = 0;
        long replayNanos = 0;
        java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();
        for (Route route : routes) {
            AccessRules.Rule rule = AccessRules.of(route).orElse(null);
            if (rule == null) {
                continue;
            }
            for (AccessRules.Probe probe : rule.probes()) {
                String path = probe.path().apply(fixture);
                probes++;
                Map<String, ListenerReplay.Listener> offered = new LinkedHashMap<>();
                for (Identity identity : Identity.values()) {
                    long asked = System.nanoTime();
                    Visitor.Answer answer = fixture.visitors.get(identity).get(path);
                    slowest.put(System.nanoTime() - asked, identity + " GET /" + path);
                    if (slowest.size() > 8) {
                        slowest.pollFirstEntry();
                    }
                    requests++;
                    Outcome expected = probe.expected().get(identity);
                    if (answer.outcome() != expected) {
                        failures.add(route + " as " + identity + " (GET /" + path + "): expected " + expected
                                + ", got " + answer.outcome() + " (" + answer.status() + " at " + answer.uri()
                                        .getPath()
                                + ")");
                    }
                    leak(fixture, identity, path, answer, failures);
                    if (expected == Outcome.ALLOWED && answer.outcome() == Outcome.ALLOWED
                            && route.kind() == Route.Kind.PAGE) {
                        ListenerReplay.in(answer, offered);
                    }
                }
                long replaying = System.nanoTime();
                for (Identity identity : Identity.values()) {
                    if (probe.expected().get(identity) != Outcome.ALLOWED && !offered.isEmpty()) {
                        replays += ListenerReplay.replay("/" + path, offered.values(), identity, fixture.visitors.get(
                                identity), failures);
                    }
                }
                replayNanos += System.nanoTime() - replaying;
            }
        }
        nothingCreatedByIntruders(fixture, failures);
        System.out.printf("Authorization matrix: %d routes, %d probes x %d identities = %d requests, %d listener "
                + "replays, in %d ms (replays %d ms)%n", routes.size(), probes, Identity.values().length, requests,
                replays, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), TimeUnit.NANOSECONDS.toMillis(
                        replayNanos));
        slowest.descendingMap().forEach((nanos, request) -> System.out.printf("  %5d ms %s%n", TimeUnit.NANOSECONDS
                .toMillis(nanos), request));
        assertThat(failures).as("%d routes, %d probes x %d identities, %d listener replays", routes.size(), probes,
                Identity.values().length, replays).isEmpty();
    }

    /** A manager never sees the name of the other department's trainee, on any page or file. */
    private static void leak(Fixture fixture, Identity identity, String path, Visitor.Answer answer,
            List<String> failures) {
        String hidden = switch (identity) {
            case OWN_MANAGER -> fixture.otherTraineeName;
            case OTHER_MANAGER -> fixture.ownTraineeName;
            default -> null;
        };
        if (hidden != null && answer.body().contains(hidden)) {
            failures.add(identity + " was shown " + hidden + ", of a department they do not manage, at /" + path);
        }
    }

    /** The replayed forms carried the intruder's username and department code: neither may exist now. */
    private static void nothingCreatedByIntruders(Fixture fixture, List<String> failures)
            throws IOException, InterruptedException {
        Visitor admin = fixture.visitors.get(Identity.ADMIN);
        Visitor.Answer users = admin.get("admin/users?q=" + ListenerReplay.INTRUDER);
        Visitor.Answer departments = admin.get("admin/departments");
        assertThat(users.status()).isEqualTo(200);
        assertThat(departments.body()).as("the departments page").contains(fixture.otherDepartment);
        if (users.body().contains(ListenerReplay.INTRUDER) && users.page().select("a[href*=users/edit]").stream()
                .anyMatch(a -> a.text().equals(ListenerReplay.INTRUDER))) {
            failures.add("A replayed form created the user " + ListenerReplay.INTRUDER);
        }
        if (departments.body().contains(ListenerReplay.INTRUDER)) {
            failures.add("A replayed form created the department " + ListenerReplay.INTRUDER);
        }
    }

    /** Run alone, the test may start before the app has: the start-up sequence reports ready once finished. */
    private static void awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(BASE.resolve("health/ready"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the app did not become ready within 180 s");
            }
            Thread.sleep(1000);
        }
    }
}
