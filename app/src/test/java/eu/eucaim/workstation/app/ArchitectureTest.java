package eu.eucaim.workstation.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's module rules, by package. Each module has one root package; rules name roots in full (not
 * {@code ..node..}) because feature packages reuse module names ({@code api.node}, {@code client.node}).
 * A module without classes yet passes vacuously ({@code allowEmptyShould}); its rules bite as soon as it has code.
 */
class ArchitectureTest {
    private static final String ROOT = "eu.eucaim.workstation";
    private static final String DICOM = ROOT + ".dicom..";
    private static final String VIEWER = ROOT + ".viewer..";
    private static final String API = ROOT + ".api..";
    private static final String CLIENT = ROOT + ".client..";
    private static final String NODE = ROOT + ".node..";
    private static final String APP = ROOT + ".app..";
    private static final String RESOURCES = ROOT + ".resources..";
    private static final String COMMON = ROOT + ".common..";
    private static final String JAVAFX = "javafx..";
    private static final String OKHTTP = "okhttp3..";
    private static final String JAVALIN = "io.javalin..";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Test jars of other modules (the client's FormFillingBrowser) are test code too.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
    }

    private static ArchRule mayNotDependOn(String module, String... forbidden) {
        return noClasses()
                .that()
                .resideInAPackage(module)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden)
                .allowEmptyShould(true);
    }

    @Test
    void theImportSeesTheModulesThatHaveCode() {
        // Guards against vacuous passes: if the class path lost a module, every rule about it would hold.
        assertThat(classes.stream().map(JavaClass::getPackageName))
                .anyMatch(p -> p.startsWith(ROOT + ".api"))
                .anyMatch(p -> p.startsWith(ROOT + ".client"))
                .anyMatch(p -> p.startsWith(ROOT + ".app"));
    }

    @Test
    void dicomCoreIsPlainJavaAndDependsOnNoOtherLayer() {
        mayNotDependOn(DICOM, JAVAFX, API, CLIENT, NODE, APP, VIEWER).check(classes);
    }

    @Test
    void apiIsOnlyDataAndInterfaces() {
        mayNotDependOn(API, JAVAFX, OKHTTP, JAVALIN, CLIENT, NODE, APP).check(classes);
    }

    @Test
    void clientHasNoUiAndDoesNotReachIntoTheNode() {
        mayNotDependOn(CLIENT, JAVAFX, NODE, APP).check(classes);
    }

    @Test
    void nodeHasNoUiAndDoesNotUseTheClient() {
        mayNotDependOn(NODE, JAVAFX, CLIENT, APP).check(classes);
    }

    @Test
    void viewerDoesNotTalkToServices() {
        mayNotDependOn(VIEWER, CLIENT, NODE, APP).check(classes);
    }

    @Test
    void resourcesAreAssetsOnly() {
        mayNotDependOn(RESOURCES, JAVAFX, DICOM, VIEWER, API, CLIENT, NODE, APP).check(classes);
    }

    @Test
    void commonDependsOnNothingOfOurs() {
        mayNotDependOn(COMMON, JAVAFX, DICOM, VIEWER, API, CLIENT, NODE, APP, RESOURCES)
                .check(classes);
    }

    @Test
    void nothingDependsOnTheApp() {
        noClasses()
                .that()
                .resideOutsideOfPackage(APP)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(APP)
                .check(classes);
    }

    @Test
    void viewModelsUseNoSceneGraph() {
        LayerRules.viewModelsUseNoSceneGraph(ROOT).check(classes);
    }

    @Test
    void featurePackagesUseOnlyTheApi() {
        LayerRules.featuresUseOnlyTheApi(ROOT).check(classes);
    }

    @Test
    void theViewerEngineIsFreeOfJavaFx() {
        LayerRules.viewerEngineIsFreeOfJavaFx(ROOT).check(classes);
    }

    @Test
    void noPackageCycles() {
        LayerRules.noPackageCycles(ROOT).check(classes);
    }
}
