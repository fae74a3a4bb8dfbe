package org.ketaminetraining.study;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps this package to a short list of dependencies: the JDK, the bank model, the scheduling engine's memory state
 * and recall estimate (the package {@code scheduling} itself, for the dashboard's figures) and the scheduling
 * policy. The
 * project-wide guard ({@code architecture.PureCoreTest}) already forbids frameworks, clocks and global randomness
 * here; this test is narrower, so that the study rules stay usable wherever the bank model is.
 */
class StudyCorePurityTest {

    /** This package alone; without ".." ArchUnit does not descend into service and store. */
    private static final String CORE = "org.ketaminetraining.study";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    @Test
    void dependsOnlyOnTheJdkTheBankModelAndTheSchedulingEngineItsStateAndPolicy() {
        classes().that().resideInAPackage(CORE)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CORE,
                        "org.ketaminetraining.bank.model..", "org.ketaminetraining.scheduling",
                        "org.ketaminetraining.scheduling.policy..")
                .because("study rules are plain Java, tested without a server")
                .check(PRODUCTION);
    }
}
