package org.ketaminetraining.study;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Keeps this package as pure as the scheduling engine: it may use the JDK, the bank model and the scheduling
 * policy, and nothing that reads a clock or an unseeded random source. The project-wide guard covers framework
 * imports only, and its package list does not name this package, which sits beside the impure
 * {@code study.service} and {@code study.store}.
 */
class StudyCorePurityTest {

    /** This package alone; without ".." ArchUnit does not descend into service and store. */
    private static final String CORE = "org.ketaminetraining.study";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    @Test
    void dependsOnlyOnTheJdkTheBankModelAndTheSchedulingPolicy() {
        classes().that().resideInAPackage(CORE)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CORE,
                        "org.ketaminetraining.bank.model..", "org.ketaminetraining.scheduling.policy..")
                .because("study rules are plain Java, tested without a server")
                .check(PRODUCTION);
    }

    @Test
    void readsNoClockAndNoGlobalRandomness() {
        noClasses().that().resideInAPackage(CORE)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Math.class, "random")
                .orShould().dependOnClassesThat().areAssignableTo(Random.class)
                .orShould().callConstructor(SplittableRandom.class)
                .because("time and randomness are handed to the study rules, so the same log gives the same result")
                .check(PRODUCTION);
    }
}
