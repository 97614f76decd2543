package dev.electorate.harness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The allowed directions between the modules on the harness's class path and between the harness's own packages,
 * checked on the compiled classes, and each rule shown to refuse a planted back edge.
 */
class ArchitectureTest {

    /** The harness's packages from the bottom up; a package may use only those of lower tiers. */
    static final List<List<String>> HARNESS_TIERS = List.of(
            List.of("io"),
            List.of("fault", "adapter", "exhaustive"),
            List.of("sim"),
            List.of("check"),
            List.of("explore", "compare"),
            List.of("report", "junit"),
            List.of("cli"));

    static final ArchRule HARNESS_FLOWS_DOWN = tiers();

    static final ArchRule MODULES_FLOW_DOWN = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("lin").definedBy("dev.electorate.history..", "dev.electorate.lin..")
            .layer("spec").definedBy("dev.electorate.spec..")
            .layer("impl").definedBy("dev.electorate.impl..")
            .layer("tla").definedBy("dev.electorate.tla..")
            .layer("harness").definedBy("dev.electorate.harness..")
            .whereLayer("harness").mayNotBeAccessedByAnyLayer()
            .whereLayer("impl").mayOnlyBeAccessedByLayers("harness")
            .whereLayer("tla").mayOnlyBeAccessedByLayers("harness")
            .whereLayer("spec").mayOnlyBeAccessedByLayers("impl", "tla", "harness")
            .whereLayer("lin").mayOnlyBeAccessedByLayers("spec", "impl", "tla", "harness");

    /** No two packages of the harness or of impl reach each other, however long the way round. */
    static final ArchRule NO_PACKAGE_CYCLE = slices().matching("dev.electorate.(**)").should().beFreeOfCycles();

    /** The simulator runs whatever descriptor it is handed: the registry of ours is the command line's business. */
    static final ArchRule SIMULATOR_KNOWS_NO_ALGORITHM = noClasses()
            .that().resideInAnyPackage("dev.electorate.harness.sim..", "dev.electorate.harness.fault..")
            .should().dependOnClassesThat().resideInAPackage("dev.electorate.impl..");

    /** Test classes come from test-classes folders or, once installed, from the modules' test jars. */
    private static final ImportOption NO_TEST_JARS = location -> !location.contains("-tests.jar");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(NO_TEST_JARS)
            .importPackages("dev.electorate");

    private static final JavaClasses WITH_BACK_EDGE = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/")
                    || location.contains("BackEdgeFixture"))
            .withImportOption(NO_TEST_JARS)
            .importPackages("dev.electorate");

    @Test
    void theHarnessPackagesFlowDown() {
        HARNESS_FLOWS_DOWN.check(PRODUCTION);
    }

    @Test
    void everyHarnessPackageHasItsTier() {
        Set<String> placed = HARNESS_TIERS.stream().flatMap(List::stream).collect(Collectors.toSet());
        List<String> unplaced = PRODUCTION.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("dev.electorate.harness."))
                .map(p -> p.substring("dev.electorate.harness.".length()).split("\\.")[0])
                .filter(p -> !placed.contains(p)).distinct().sorted().toList();
        assertTrue(unplaced.isEmpty(), "harness packages in no tier of HARNESS_TIERS: " + unplaced
                + "; add each where the packages it uses lie below it");
    }

    @Test
    void theModulesFlowDown() {
        MODULES_FLOW_DOWN.check(PRODUCTION);
    }

    @Test
    void noPackageCycle() {
        NO_PACKAGE_CYCLE.check(PRODUCTION);
    }

    @Test
    void theSimulatorImportsNoAlgorithm() {
        SIMULATOR_KNOWS_NO_ALGORITHM.check(PRODUCTION);
    }

    @Test
    void aSimulatorClassReachingUpToTheCheckerIsRefused() {
        assertTrue(WITH_BACK_EDGE.contain("dev.electorate.harness.sim.BackEdgeFixture"), "the planted class was not imported");
        for (ArchRule rule : List.of(HARNESS_FLOWS_DOWN, NO_PACKAGE_CYCLE)) {
            AssertionError refused = assertThrows(AssertionError.class, () -> rule.check(WITH_BACK_EDGE),
                    "the planted back edge sim -> check passed: " + rule.getDescription());
            assertTrue(refused.getMessage().contains("BackEdgeFixture"), refused.getMessage());
        }
    }

    private static ArchRule tiers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> tier : HARNESS_TIERS) {
            for (String name : tier) {
                layers = layers.layer(name).definedBy("dev.electorate.harness." + name + "..");
            }
        }
        for (int t = 0; t < HARNESS_TIERS.size(); t++) {
            String[] above = HARNESS_TIERS.subList(t + 1, HARNESS_TIERS.size()).stream()
                    .flatMap(List::stream).toArray(String[]::new);
            for (String name : HARNESS_TIERS.get(t)) {
                layers = above.length == 0 ? layers.whereLayer(name).mayNotBeAccessedByAnyLayer()
                        : layers.whereLayer(name).mayOnlyBeAccessedByLayers(above);
            }
        }
        return layers;
    }
}
