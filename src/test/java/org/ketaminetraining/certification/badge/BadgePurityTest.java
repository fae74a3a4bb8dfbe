package org.ketaminetraining.certification.badge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The badge code promises, like the certificate signing core it builds on, to need nothing but the JDK: a badge
 * should be checkable with code an auditor can read line by line. Stricter than the project-wide guard: no
 * third-party class at all, not even a JSON or JOSE library.
 */
class BadgePurityTest {

    @Test
    void theBadgeCodeDependsOnTheJdkTheSigningCoreAndTheJsonCodeAlone() {
        classes().that().resideInAPackage("org.ketaminetraining.certification.badge")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.ketaminetraining.certification.badge",
                        "org.ketaminetraining.certification.signing", "org.ketaminetraining.certification.json")
                .because("badges must be verifiable with a bare JDK")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.ketaminetraining.certification.badge"));
    }
}
