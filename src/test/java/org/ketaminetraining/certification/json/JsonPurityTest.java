package org.ketaminetraining.certification.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The JSON reader and writer are what the certificate and badge verifiers trust to give signed bytes their one
 * meaning, so they keep those packages' promise: nothing but the JDK, and nothing of this project either (they
 * are the bottom layer, used by {@code certification.signing} and {@code certification.badge}, never using them).
 */
class JsonPurityTest {

    @Test
    void theJsonCodeDependsOnTheJdkAlone() {
        classes().that().resideInAPackage("org.ketaminetraining.certification.json")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.ketaminetraining.certification.json")
                .because("certificates and badges must be verifiable with a bare JDK")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.ketaminetraining.certification.json"));
    }
}
