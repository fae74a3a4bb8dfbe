package org.ketaminetraining.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The pure capabilities (ARCHITECTURE.md) must not import jakarta.*, Wicket or EclipseLink: they are plain Java,
 * tested without a server, and usable from command-line tools.
 */
class PureCoreTest {

    /** Packages whose classes must stay pure; a package ending in ".." includes its sub-packages. */
    static final String[] PURE_PACKAGES = {
        "org.ketaminetraining.people",
        "org.ketaminetraining.compliance",
        "org.ketaminetraining.study",
        "org.ketaminetraining.scheduling..",
        "org.ketaminetraining.bank..",
        "org.ketaminetraining.certification.rules..",
        "org.ketaminetraining.certification.json..",
        "org.ketaminetraining.certification.signing..",
        "org.ketaminetraining.certification.document..",
        "org.ketaminetraining.certification.badge..",
        "org.ketaminetraining.reporting.statistics..",
        "org.ketaminetraining.ratelimit..",
        "org.ketaminetraining.http..",
        "org.ketaminetraining.web.csv..",
        "org.ketaminetraining.compliance.reminder..",
        "org.ketaminetraining.export..",
        "org.ketaminetraining.integration",
        "org.ketaminetraining.insight.calibration..",
        "org.ketaminetraining.insight.trend..",
        "org.ketaminetraining.insight.simulation..",
        "org.ketaminetraining.insight.items..",
    };

    /** Inside pure capabilities, the packages that store and orchestrate and so may use JPA and CDI. */
    static final String[] SERVICE_PACKAGES = {
        "org.ketaminetraining.bank.store..",
        "org.ketaminetraining.bank.service..",
    };

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ketaminetraining");

    static ArchRule pureRule(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .and().resideOutsideOfPackages(SERVICE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..",
                        "org.apache.wicket..", "org.eclipse.persistence..", "org.flywaydb..")
                .allowEmptyShould(true)
                .because("pure capabilities know nothing of servers, pages or databases");
    }

    /**
     * Time and randomness are handed to the pure capabilities, so the same inputs always give the same result: no
     * reading of a clock, no global or self-seeded random source (a SecureRandom passed in is fine).
     */
    static ArchRule clockAndRandomRule(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .and().resideOutsideOfPackages(SERVICE_PACKAGES)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(ThreadLocalRandom.class, "current")
                .orShould().callConstructor(Random.class)
                .orShould().callConstructor(SplittableRandom.class)
                .orShould().callConstructor(SecureRandom.class)
                .allowEmptyShould(true)
                .because("time and randomness are handed to pure capabilities");
    }

    @Test
    void pureCapabilitiesReadNoClockAndNoGlobalRandomness() {
        clockAndRandomRule(PURE_PACKAGES).check(PRODUCTION);
    }

    @Test
    void pureCapabilitiesImportNoFramework() {
        pureRule(PURE_PACKAGES).check(PRODUCTION);
    }

    @Test
    void theGuardWouldCatchAnImpurePackage() {
        // Applied to the web layer, which does use Wicket, the same rule must report violations; otherwise the
        // guard above could be passing for the wrong reason (for example, no classes imported at all).
        EvaluationResult result = pureRule("org.ketaminetraining.web..").evaluate(PRODUCTION);
        assertThat(result.hasViolation()).isTrue();
        // Likewise the platform, which produces the application's clock and random source.
        assertThat(clockAndRandomRule("org.ketaminetraining.platform..").evaluate(PRODUCTION).hasViolation())
                .isTrue();
        assertThat(PRODUCTION.stream().anyMatch(c -> c.getPackageName().equals("org.ketaminetraining.people")))
                .isTrue();
    }
}
