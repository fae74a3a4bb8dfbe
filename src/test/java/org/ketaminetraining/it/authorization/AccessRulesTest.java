package org.ketaminetraining.it.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix's rule table against the application, without a server, so that a new page, resource or
 * API route without a rule fails the unit tests already (the matrix itself, {@link AuthorizationMatrixIT}, then
 * requests each of them).
 */
class AccessRulesTest {

    @Test
    void everyRouteHasARuleAndEveryPageRuleMatchesItsDeclaration() throws Exception {
        List<Route> routes = ApplicationRoutes.all();
        assertThat(routes).as("routes found").hasSizeGreaterThan(50);
        assertThat(RuleCoverage.problems(routes)).isEmpty();
    }
}
