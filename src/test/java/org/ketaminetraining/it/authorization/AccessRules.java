package org.ketaminetraining.it.authorization;

import static org.ketaminetraining.it.authorization.Identity.OTHER_MANAGER;
import static org.ketaminetraining.it.authorization.Identity.OWN_MANAGER;
import static org.ketaminetraining.it.authorization.Identity.SIGNED_OUT;
import static org.ketaminetraining.it.authorization.Identity.TRAINEE;
import static org.ketaminetraining.it.authorization.Outcome.ALLOWED;
import static org.ketaminetraining.it.authorization.Outcome.FORBIDDEN;
import static org.ketaminetraining.it.authorization.Outcome.NOT_FOUND;
import static org.ketaminetraining.it.authorization.Outcome.UNAUTHORIZED;
import static org.ketaminetraining.people.Role.ADMIN;
import static org.ketaminetraining.people.Role.EDUCATOR;
import static org.ketaminetraining.people.Role.MANAGER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ketaminetraining.people.Role;

/**
 * The rule table: for every route, the requests that probe it (with real parameters from the {@link Fixture}) and
 * what each identity must get. A route the application serves without a rule here fails the matrix, naming it.
 *
 * <p>A page's rule names the roles its {@code @AuthorizeInstantiation} names, and the matrix checks that they agree,
 * so neither can change alone. Where a manager of another department asks for the own department's person (or the
 * reverse), the app answers "not found", in the same words as for someone who does not exist.
 */
final class AccessRules {

    /** A well-formed verification code that no certificate has. */
    static final String UNKNOWN_CODE = "MTRX-0000-0000-0000-0001";

    /** One request of a route and what each identity must get from it. */
    record Probe(Function<Fixture, String> path, Map<Identity, Outcome> expected) {
    }

    /** A route's probes, and the roles it is for (empty: public, or not a page). */
    record Rule(List<Probe> probes, Optional<Set<Role>> roles) {

        /** The same rule, but {@code identity} gets {@code outcome} on every probe. */
        Rule except(Identity identity, Outcome outcome) {
            probes.forEach(p -> p.expected().put(identity, outcome));
            return this;
        }

        /** One more probe of the route, with the rule's outcomes except for the two identities named. */
        Rule alsoProbe(Function<Fixture, String> path, Identity identity, Outcome outcome, Identity other,
                Outcome otherOutcome) {
            Map<Identity, Outcome> expected = new EnumMap<>(probes.get(0).expected());
            expected.put(identity, outcome);
            expected.put(other, otherOutcome);
            probes.add(new Probe(path, expected));
            return this;
        }
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        // Public: no sign-in, the same for everyone.
        everyone("GET login", "login");
        everyone("GET setup", "setup");
        everyone("GET verify/#{code}", "verify").alsoProbe(f -> "verify/" + UNKNOWN_CODE, SIGNED_OUT, ALLOWED,
                TRAINEE, ALLOWED);
        everyone("GET unsubscribe/${token}", "unsubscribe/matrix-no-such-token");
        everyone("GET .well-known/jwks.json", ".well-known/jwks.json");
        everyone("GET certificates/public-key.pem", "certificates/public-key.pem");
        everyone("GET certificates/keys/${keyId}", f -> "certificates/keys/" + f.keyId);
        everyone("GET favicon.ico", "favicon.ico");
        everyone("GET webjars/**", f -> f.webjar);
        everyone("GET health", "health");
        everyone("GET health/live", "health/live");
        everyone("GET health/ready", "health/ready");
        everyone("GET openapi", "openapi");
        everyone("GET openapi/ui/", "openapi/ui/");
        // The public API answers an unknown code with its verdict, not with an error.
        everyone("GET api/v1/certificates/{code}", f -> "api/v1/certificates/" + UNKNOWN_CODE);
        // The error pages answer with their own status, whoever asks.
        rule("GET access-denied", everyoneGets(FORBIDDEN, f -> "access-denied"), Optional.empty());
        rule("GET not-found", everyoneGets(NOT_FOUND, f -> "not-found"), Optional.empty());
        // The internal error page says something failed, so asked for by its address it answers 500 (nothing ran);
        // the container's error page, asked for without an error, answers as for an address nothing serves.
        rule("GET error", everyoneGets(Outcome.SERVER_ERROR, f -> "error"), Optional.empty());
        rule("GET http-error", everyoneGets(NOT_FOUND, f -> "http-error"), Optional.empty());
        everyone("GET expired", "expired");

        // The CSP report collector takes violation reports from anyone's browser, signed in or not (it changes
        // nothing but the log; CspReportIT posts to it); a GET, which is what the matrix sends, is 405 for everyone.
        rule("POST api/csp-report", everyoneGets(Outcome.METHOD_NOT_ALLOWED, f -> "api/csp-report"),
                Optional.empty());

        // The HR API takes a token, never a session: 401 for everyone, signed in or not.
        for (String route : List.of("departments/{code}/completion", "departments/{code}/certificates",
                "departments/{code}/assignments")) {
            rule("GET api/v1/" + route, everyoneGets(UNAUTHORIZED, f -> "api/v1/" + route.replace("{code}",
                    Fixture.OWN_DEPARTMENT)), Optional.empty());
        }
        rule("GET api/v1/people/{username}/completion", everyoneGets(UNAUTHORIZED,
                f -> "api/v1/people/trainee/completion"), Optional.empty());

        // Any signed-in person.
        roles("GET ", "", Role.TRAINEE, EDUCATOR, MANAGER, ADMIN);
        roles("GET account/password", "account/password", Role.TRAINEE, EDUCATOR, MANAGER, ADMIN);
        // A certificate's files go to its holder and administrators; a code nobody holds is not found for all.
        roles("GET certificates/download/${code}/${format}", "certificates/download/" + UNKNOWN_CODE + "/pdf",
                Role.TRAINEE, EDUCATOR, MANAGER, ADMIN).except(TRAINEE, NOT_FOUND).except(Identity.EDUCATOR, NOT_FOUND)
                .except(OWN_MANAGER, NOT_FOUND)
                .except(OTHER_MANAGER, NOT_FOUND).except(Identity.ADMIN, NOT_FOUND);

        // Trainees. An attempt token that is not the trainee's is not found (the same answer as an unknown one).
        for (String page : List.of("dashboard", "study", "study/history", "study/settings", "assessment",
                "certificates")) {
            roles("GET " + page, page, Role.TRAINEE);
        }
        roles("GET assessment/attempt/${token}", "assessment/attempt/matrix-no-such-token", Role.TRAINEE)
                .except(TRAINEE, NOT_FOUND);
        roles("GET assessment/attempt/${token}/review", "assessment/attempt/matrix-no-such-token/review",
                Role.TRAINEE).except(TRAINEE, NOT_FOUND);
        roles("GET assessment/result/${token}", "assessment/result/matrix-no-such-token", Role.TRAINEE)
                .except(TRAINEE, NOT_FOUND);

        // Educators and administrators: authoring and item analysis.
        String programme = "programme=" + Fixture.PROGRAMME;
        roles("GET author/banks", "author/banks", EDUCATOR, ADMIN);
        roles("GET author/questions", "author/questions", EDUCATOR, ADMIN);
        roles("GET author/question/${id}", "author/question/" + Fixture.ITEM, EDUCATOR, ADMIN);
        roles("GET author/question/${id}/edit", "author/question/" + Fixture.ITEM + "/edit", EDUCATOR, ADMIN);
        roles("GET author/question/${id}/compare", "author/question/" + Fixture.ITEM + "/compare?left=1&right=1",
                EDUCATOR, ADMIN);
        roles("GET insight/items", "insight/items?" + programme, EDUCATOR, ADMIN);
        roles("GET insight/items.csv", "insight/items.csv?" + programme, EDUCATOR, ADMIN);
        roles("GET insight/item", "insight/item?" + programme + "&item=" + Fixture.ITEM, EDUCATOR, ADMIN);
        roles("GET insight/item.csv", "insight/item.csv?" + programme + "&item=" + Fixture.ITEM, EDUCATOR, ADMIN);
        roles("GET insight/calibration", "insight/calibration?" + programme, EDUCATOR, ADMIN);
        roles("GET insight/calibration.csv", "insight/calibration.csv?" + programme, EDUCATOR, ADMIN);
        roles("GET admin/scheduling", "admin/scheduling?" + programme, EDUCATOR, ADMIN);
        roles("GET admin/scheduling.csv", "admin/scheduling.csv?" + programme, EDUCATOR, ADMIN);

        // Managers (their departments' people only) and administrators.
        for (String page : List.of("manager", "manager/heatmap", "reports/completion", "reports/completion.csv",
                "reports/completion.xlsx", "reports/completion.pdf", "admin/assignments")) {
            roles("GET " + page, page, MANAGER, ADMIN);
        }
        personal("GET manager/person/${id}", id -> "manager/person/" + id);
        personal("GET reports/extension/${accountId}/${programmeId}", id -> "reports/extension/" + id + "/"
                + Fixture.DEMO_PROGRAMME);
        personal("GET reports/attempts/${accountId}/${programmeId}", id -> "reports/attempts/" + id + "/"
                + Fixture.DEMO_PROGRAMME);
        roles("GET reports/certificates/${code}/revoke", "reports/certificates/" + UNKNOWN_CODE + "/revoke", MANAGER,
                ADMIN).except(OWN_MANAGER, NOT_FOUND).except(OTHER_MANAGER, NOT_FOUND).except(Identity.ADMIN,
                        NOT_FOUND);

        // Administrators.
        for (String page : List.of("admin/users", "admin/users/import", "admin/departments", "admin/api-tokens",
                "admin/backups", "admin/activity", "admin/outbox")) {
            roles("GET " + page, page, ADMIN);
        }
        // The new-user form and an existing person's: a replayed post must neither create nor rename anyone.
        rule("GET admin/users/edit", roleProbe(f -> "admin/users/edit", Set.of(ADMIN)), Optional.of(Set.of(ADMIN)))
                .probes().addAll(roleProbe(f -> "admin/users/edit?id=" + f.ownTrainee, Set.of(ADMIN)));
    }

    private AccessRules() {
    }

    /** The rule for a route, if the table has one. */
    static Optional<Rule> of(Route route) {
        return Optional.ofNullable(RULES.get(route.key()));
    }

    /** Every route key of the table, to find rules whose route is gone. */
    static Set<String> keys() {
        return RULES.keySet();
    }

    private static Rule everyone(String key, String path) {
        return everyone(key, f -> path);
    }

    private static Rule everyone(String key, Function<Fixture, String> path) {
        return rule(key, everyoneGets(ALLOWED, path), Optional.empty());
    }

    private static List<Probe> everyoneGets(Outcome outcome, Function<Fixture, String> path) {
        Map<Identity, Outcome> expected = new EnumMap<>(Identity.class);
        Arrays.stream(Identity.values()).forEach(i -> expected.put(i, outcome));
        return new ArrayList<>(List.of(new Probe(path, expected)));
    }

    private static Rule roles(String key, String path, Role... roles) {
        return rule(key, roleProbe(f -> path, Set.of(roles)), Optional.of(Set.of(roles)));
    }

    /** Signed out: the sign-in page; holding one of the roles: the page; otherwise the 403 page. */
    private static List<Probe> roleProbe(Function<Fixture, String> path, Set<Role> roles) {
        Map<Identity, Outcome> expected = new EnumMap<>(Identity.class);
        for (Identity identity : Identity.values()) {
            expected.put(identity, identity.role().map(r -> roles.contains(r) ? ALLOWED : FORBIDDEN)
                    .orElse(Outcome.SIGN_IN));
        }
        return new ArrayList<>(List.of(new Probe(path, expected)));
    }

    /**
     * A page about one person, for managers and administrators: probed with the own department's trainee (the
     * other department's manager gets "not found") and with the other department's (the reverse).
     */
    private static void personal(String key, Function<Long, String> path) {
        Rule rule = rule(key, roleProbe(f -> path.apply(f.ownTrainee), Set.of(MANAGER, ADMIN)), Optional.of(Set
                .of(MANAGER, ADMIN))).except(OTHER_MANAGER, NOT_FOUND);
        rule.alsoProbe(f -> path.apply(f.otherTrainee), OWN_MANAGER, NOT_FOUND, OTHER_MANAGER, ALLOWED);
    }

    private static Rule rule(String key, List<Probe> probes, Optional<Set<Role>> roles) {
        Rule rule = new Rule(probes, roles);
        RULES.put(key, rule);
        return rule;
    }
}
