package org.ketaminetraining.certification.signing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The signing core promises to need nothing but the JDK, so that the offline verifier runs with
 * {@code java -cp target/classes} alone and an auditor can read every line it depends on. Stricter than the
 * project-wide guard: not only no framework, no third-party class at all. Its JSON comes from
 * {@code certification.json}, which keeps the same promise ({@code JsonPurityTest}).
 */
class SigningPurityTest {

    @Test
    void theSigningCoreDependsOnTheJdkAlone() {
        classes().that().resideInAPackage("org.ketaminetraining.certification.signing")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.ketaminetraining.certification.signing",
                        "org.ketaminetraining.certification.json")
                .because("certificates must be verifiable with a bare JDK")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.ketaminetraining.certification.signing"));
    }
}
