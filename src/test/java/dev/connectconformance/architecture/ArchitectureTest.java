package dev.connectconformance.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of the product (docs/architecture.md), checked on the main classes: the command line on top; the
 * suite, migration, readiness and the reports below it; the simulator at the bottom, importing nothing above it;
 * and no cycle between any two packages, so each package can be read, tested and moved with what it imports.
 *
 * <p>Inside the simulator the root package ({@code dev.connectconformance.simulator}) is the composition root:
 * it assembles the parts, so only the adapters that hand it to users (the JUnit extension and the WireMock
 * extension factory) import it. The one project package outside the simulator it may use is
 * {@code dev.connectconformance.commandline}, the command-line helpers every command shares, which imports nothing
 * of the project and so cannot close a cycle.
 */
@AnalyzeClasses(packages = "dev.connectconformance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String PROJECT = "dev.connectconformance..";
    private static final String SIMULATOR = "dev.connectconformance.simulator..";
    private static final String COMMAND_LINE = "dev.connectconformance.commandline..";

    @ArchTest
    static final ArchRule theSimulatorImportsNothingAboveIt = noClasses().that().resideInAPackage(SIMULATOR)
            .should().dependOnClassesThat().resideInAnyPackage("dev.connectconformance.suite..",
                    "dev.connectconformance.readiness..", "dev.connectconformance.migration..",
                    "dev.connectconformance.report..", "dev.connectconformance.cli..")
            .because("the simulator is the bottom layer: the suite, the tools and the command line use it, "
                    + "never the other way round");

    @ArchTest
    static final ArchRule theSimulatorUsesOnlyItselfAndTheCommandLineLeaf = classes().that().resideInAPackage(SIMULATOR)
            .should().onlyDependOnClassesThat(not(resideInAPackage(PROJECT))
                    .or(resideInAnyPackage(SIMULATOR, COMMAND_LINE)))
            .because("connect-simulator.jar holds the simulator and the command-line helpers only");

    @ArchTest
    static final ArchRule theCommandLineHelpersAreALeaf = classes().that().resideInAPackage(COMMAND_LINE)
            .should().onlyDependOnClassesThat(not(resideInAPackage(PROJECT)).or(resideInAPackage(COMMAND_LINE)))
            .because("every command uses them, the standalone simulator included");

    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices().matching("dev.connectconformance.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule migrationAndReadinessDoNotImportTheSuite = noClasses()
            .that().resideInAnyPackage("dev.connectconformance.migration..", "dev.connectconformance.readiness..")
            .should().dependOnClassesThat().resideInAPackage("dev.connectconformance.suite..")
            .because("the suite runs features over them; they are tools of their own");

    @ArchTest
    static final ArchRule onlyTheUserAdaptersImportTheSimulatorsCompositionRoot = noClasses()
            .that().resideInAPackage(SIMULATOR)
            .and().resideOutsideOfPackages("dev.connectconformance.simulator", "dev.connectconformance.simulator.junit",
                    "dev.connectconformance.simulator.wiremock")
            .should().dependOnClassesThat().resideInAPackage("dev.connectconformance.simulator")
            .because("the root package assembles the simulator from the packages below it");

    @ArchTest
    static final ArchRule theSimulatedStateKnowsNoWireFormat = noClasses()
            .that().resideInAPackage("dev.connectconformance.simulator.state..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("the state file has documents of its own (statefile): renaming a class of the state must "
                    + "not change the format");

    @ArchTest
    static final ArchRule theSettingsAndTheAdminContractAreLeaves = classes()
            .that().resideInAnyPackage("dev.connectconformance.simulator.config..",
                    "dev.connectconformance.simulator.admin.contract..")
            .should().onlyDependOnClassesThat(not(resideInAPackage(PROJECT))
                    .or(resideInAnyPackage("dev.connectconformance.simulator.config..",
                            "dev.connectconformance.simulator.admin.contract..",
                            "dev.connectconformance.simulator.security..")))
            .because("every layer of the simulator, and the admin client, may use them");
}
