package org.ketaminetraining.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The JSON API and the Wicket pages are two edges side by side (ARCHITECTURE.md): the API knows nothing of Wicket
 * or the pages, and what both need (the lookup budget, the security headers) lives in pure packages beneath them.
 */
class ApiLayerTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ketaminetraining");

    @Test
    void theApiImportsNoWicketAndNoPage() {
        noClasses().that().resideInAPackage("org.ketaminetraining.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.wicket..", "org.ketaminetraining.web..")
                .because("the JSON API is Jakarta REST, beside the pages, not on top of them")
                .check(PRODUCTION);
    }

    @Test
    void thePagesDoNotReachIntoTheApi() {
        noClasses().that().resideInAPackage("org.ketaminetraining.web..")
                .should().dependOnClassesThat().resideInAPackage("org.ketaminetraining.api..")
                .check(PRODUCTION);
    }
}
