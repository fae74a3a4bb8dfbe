package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.x A/AA rules (2.2 included) on the page the browser shows now. */
final class Axe {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Axe() {
    }

    /** Fails on any serious or critical violation; prints the others. */
    static void assertNoSeriousViolations(WebDriver browser, String label) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        results.getViolations().stream().filter(r -> !serious.contains(r)).forEach(r -> System.out.printf(
                "axe (%s) on %s: %s, %d node(s)%n", r.getImpact(), label, r.getId(), r.getNodes().size()));
        assertThat(serious).as("serious or critical WCAG violations on " + label + ": " + serious.stream()
                .map(r -> r.getId() + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }
}
