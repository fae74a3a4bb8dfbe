package org.ketaminetraining.it.authorization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.ketaminetraining.people.Role;

/**
 * Whether the rule table and the application agree, without a server: every route has a rule, every rule a route,
 * and a page's rule names exactly the roles of its {@code @AuthorizeInstantiation} (none for a public page).
 */
final class RuleCoverage {

    private RuleCoverage() {
    }

    static List<String> problems(List<Route> routes) {
        List<String> problems = new ArrayList<>();
        for (Route route : routes) {
            Optional<AccessRules.Rule> rule = AccessRules.of(route);
            if (rule.isEmpty()) {
                problems.add("No rule for " + route + ": add one to AccessRules (the path to probe it with and "
                        + "what each identity gets) under the key \"" + route.key() + "\"");
            } else if (route.page().isPresent() && route.kind() == Route.Kind.PAGE) {
                Optional<Set<Role>> declared = declaredRoles(route.page().get());
                if (!declared.equals(rule.get().roles())) {
                    problems.add(route + " declares " + declared.map(Object::toString).orElse("no roles (public)")
                            + " but its rule in AccessRules says " + rule.get().roles().map(Object::toString)
                                    .orElse("public")
                            + ": change the one that is wrong");
                }
            }
        }
        Set<String> served = routes.stream().map(Route::key).collect(Collectors.toSet());
        AccessRules.keys().stream().filter(key -> !served.contains(key)).forEach(key -> problems.add(
                "AccessRules has a rule for \"" + key + "\", which the application no longer serves: remove it"));
        return problems;
    }

    private static Optional<Set<Role>> declaredRoles(Class<?> page) {
        AuthorizeInstantiation annotation = page.getAnnotation(AuthorizeInstantiation.class);
        return Optional.ofNullable(annotation).map(a -> Arrays.stream(a.value()).map(r -> Role.parse(r)
                .orElseThrow(() -> new AssertionError(page.getSimpleName() + " names an unknown role " + r)))
                .collect(Collectors.toSet()));
    }
}
