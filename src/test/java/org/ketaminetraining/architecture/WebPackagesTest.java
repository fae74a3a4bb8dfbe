package org.ketaminetraining.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The web layer has the shape of the product (ARCHITECTURE.md): one package per audience or feature, a layout and
 * shared components they all use, and the application that mounts them. Dependencies point one way: app ->
 * features -> layout and components; features never import each other (they link through
 * {@code layout.Site#pageOf(Destination)}), and nothing imports the application.
 */
class WebPackagesTest {

    static final String WEB = "org.ketaminetraining.web";
    /** One package per audience or feature (with its sub-packages). */
    static final String[] FEATURES =
            {"account", "admin", "assessment", "author", "learner", "pub", "reports", "insight"};
    /** What every feature may use, and which imports no feature. */
    static final String[] SHARED = {"layout", "component", "question", "csv"};

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(WEB);

    static ArchRule noCycles() {
        return slices().matching(WEB + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule featureStaysApartFromTheOthers(String feature) {
        String[] others = Arrays.stream(FEATURES).filter(f -> !f.equals(feature)).map(f -> WEB + "." + f + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(WEB + "." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("feature packages link to each other through the site map, not by importing pages");
    }

    static ArchRule sharedPackagesImportNoFeature() {
        return noClasses().that().resideInAnyPackage(Arrays.stream(SHARED).map(s -> WEB + "." + s + "..")
                .toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(Stream.concat(Arrays.stream(FEATURES),
                        Stream.of("app", "isolation")).map(f -> WEB + "." + f + "..").toArray(String[]::new))
                .because("the layout and shared components are what features build on");
    }

    static ArchRule nothingImportsTheApplication() {
        return noClasses().that().resideInAPackage(WEB + "..").and().resideOutsideOfPackage(WEB + ".app..")
                .should().dependOnClassesThat().resideInAPackage(WEB + ".app..")
                .because("the application knows every feature to mount it; features reach it as layout.Site");
    }

    static ArchRule onlyTheApplicationUsesTheStartupImport() {
        return noClasses().that().resideInAPackage(WEB + "..")
                .should().dependOnClassesThat().haveSimpleName("BankStartupImport")
                .because("pages import banks only as an administrator, through BankImportService");
    }

    /**
     * The bank's beans behind its service interfaces check no caller (BankFolderImport imports as whoever its caller
     * vouches for; the authoring workflows trust JpaAuthoringService's check), so pages reach them only through the
     * interfaces, whose implementations check the caller.
     */
    static ArchRule pagesUseTheBankOnlyThroughItsInterfaces() {
        return noClasses().that().resideInAPackage(WEB + "..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.ketaminetraining.bank.service..")
                        .and(CanBeAnnotated.Predicates
                                .annotatedWith(jakarta.enterprise.context.ApplicationScoped.class)))
                .because("the implementations' helpers check no caller; the interfaces' implementations do");
    }

    @Test
    void webPackagesFormNoCycle() {
        noCycles().check(PRODUCTION);
    }

    @TestFactory
    Stream<DynamicTest> featuresDoNotImportEachOther() {
        return Arrays.stream(FEATURES).map(feature -> DynamicTest.dynamicTest(feature,
                () -> featureStaysApartFromTheOthers(feature).check(PRODUCTION)));
    }

    @Test
    void layoutAndComponentsImportNoFeature() {
        sharedPackagesImportNoFeature().check(PRODUCTION);
    }

    @Test
    void onlyTheApplicationPackageKnowsTheApplication() {
        nothingImportsTheApplication().check(PRODUCTION);
    }

    @Test
    void noPageReachesTheStartupImport() {
        onlyTheApplicationUsesTheStartupImport().check(PRODUCTION);
        pagesUseTheBankOnlyThroughItsInterfaces().check(PRODUCTION);
    }

    /**
     * The scheduled mail runs read the whole completion report and write the ledger without a caller; pages reach
     * mail only through MailOutbox and MailPreferences, which check theirs.
     */
    @Test
    void noPageReachesTheUncheckedMailBeans() {
        noClasses().that().resideInAPackage(WEB + "..").should().dependOnClassesThat()
                .haveNameMatching(
                        ".*\\.(UnattendedCompletionReport|CompletionFacts|ReminderRun|MailLedger|MailTransport)")
                .because("pages reach reminders only through services that check the caller").check(PRODUCTION);
    }
}
