package org.ketaminetraining.certification.signing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.rules.CertificateDates;

/**
 * The signing core promises to need nothing but the JDK, so that the offline verifier runs with
 * {@code java -cp target/classes} alone and an auditor can read every line it depends on. Stricter than the
 * project-wide guard: not only no framework, no third-party class at all. Its JSON comes from
 * {@code certification.json}, which keeps the same promise ({@code JsonPurityTest}), and the one definition of a
 * certificate's last valid day and of how its days are written comes from {@code CertificateDates}, which keeps it
 * too (checked here), so that the offline verifier words the dates as the certificate does.
 */
class SigningPurityTest {

    @Test
    void theSigningCoreDependsOnTheJdkAlone() {
        classes().that().resideInAPackage("org.ketaminetraining.certification.signing")
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java..",
                        "org.ketaminetraining.certification.signing", "org.ketaminetraining.certification.json")
                        .or(JavaClass.Predicates.equivalentTo(CertificateDates.class)))
                .because("certificates must be verifiable with a bare JDK")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.ketaminetraining.certification.signing"));
    }

    @Test
    void theCertificateDatesItWordsDatesWithDependOnTheJdkAlone() {
        classes().that().haveFullyQualifiedName(CertificateDates.class.getName())
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..")
                .because("the offline verifier uses it, and certificates must be verifiable with a bare JDK")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.ketaminetraining.certification.rules"));
    }
}
