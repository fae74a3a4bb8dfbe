package org.ketaminetraining.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.startup.StartupSequence;

/**
 * Settings and start-up sit outside the service cycle: services read settings from {@code config}, which depends on
 * nothing of the app; {@code startup} runs the services at start and nothing but the readiness check depends on it;
 * {@code platform} (producers, tokens) stands below the services; {@code operations} (backups, health) above them.
 */
class StartupAndConfigTest {

    static final String APP = "org.ketaminetraining";
    /** The packages that hold services and what they store, which must not reach up into start-up or operations. */
    static final String[] SERVICES = {APP + "..service..", APP + "..store..", APP + "..model.."};

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APP);

    static ArchRule onlyOperationsUseTheStartup() {
        return noClasses().that().resideOutsideOfPackages(APP + ".startup..", APP + ".operations..")
                .should().dependOnClassesThat().resideInAPackage(APP + ".startup..")
                .because("the start-up sequence uses the services; nothing it starts may depend on it");
    }

    static ArchRule configUsesNoOtherPackage() {
        return noClasses().that().resideInAPackage(APP + ".config..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "classes of the app outside config", c -> c.getPackageName().startsWith(APP + ".")
                                && !c.getPackageName().startsWith(APP + ".config")))
                .because("everything reads settings, so settings may read nothing of the app");
    }

    static ArchRule platformStandsBelowTheServices() {
        return noClasses().that().resideInAPackage(APP + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + "..service..", APP + "..store..",
                        APP + "..model..", APP + ".config..", APP + ".startup..", APP + ".operations..",
                        APP + ".web..", APP + ".api..")
                .because("services stand on the platform, so it may not stand on them");
    }

    static ArchRule servicesReachNoEdge() {
        return noClasses().that().resideInAnyPackage(SERVICES)
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".startup..", APP + ".operations..",
                        APP + ".web..", APP + ".api..")
                .because("data flows edge -> service -> core; services know nothing of what starts or calls them");
    }

    /** With settings and start-up out of the services, no two top-level packages of the app depend on each other. */
    static ArchRule topLevelPackagesFormNoCycle() {
        return slices().matching(APP + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void nothingButOperationsDependsOnTheStartup() {
        onlyOperationsUseTheStartup().check(PRODUCTION);
    }

    @Test
    void configDependsOnNoOtherPackageOfTheApp() {
        configUsesNoOtherPackage().check(PRODUCTION);
    }

    @Test
    void platformDependsOnNoService() {
        platformStandsBelowTheServices().check(PRODUCTION);
    }

    @Test
    void servicesDependOnNoStartupOperationsOrEdge() {
        servicesReachNoEdge().check(PRODUCTION);
    }

    @Test
    void theAppsTopLevelPackagesFormNoCycle() {
        topLevelPackagesFormNoCycle().check(PRODUCTION);
    }

    /** A service that reached back into its own start-up: what the rules above must refuse. */
    static final class ServiceThatAsksWhetherStartupIsDone {
        boolean ready(StartupSequence startup) {
            return startup.isReady();
        }
    }

    @Test
    void theGuardsWouldCatchADependencyOnTheStartup() {
        // The fixture lives in this (test) package, outside startup and operations, so it must be reported; the
        // production classes, which pass, show the rule is not failing for some other reason.
        JavaClasses withFixture = new ClassFileImporter().importClasses(ServiceThatAsksWhetherStartupIsDone.class,
                StartupSequence.class);
        EvaluationResult result = onlyOperationsUseTheStartup().evaluate(withFixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("ServiceThatAsksWhetherStartupIsDone");
        assertThat(onlyOperationsUseTheStartup().evaluate(PRODUCTION).hasViolation()).isFalse();
        // Every rule is checked against classes that exist: an empty import would pass them all vacuously.
        assertThat(PRODUCTION.containPackage(APP + ".startup")).isTrue();
        assertThat(PRODUCTION.containPackage(APP + ".config")).isTrue();
        assertThat(PRODUCTION.containPackage(APP + ".platform")).isTrue();
        assertThat(PRODUCTION.containPackage(APP + ".operations")).isTrue();
    }
}
