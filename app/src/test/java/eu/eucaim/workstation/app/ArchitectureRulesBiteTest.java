package eu.eucaim.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link LayerRules} fails on a deliberate violation (the classes of {@code archplanted}), so that a
 * green {@link ArchitectureTest} means the rules hold, not that they cannot fail.
 */
class ArchitectureRulesBiteTest {
    private static final String PLANTED = "eu.eucaim.workstation.app.archplanted";
    private static JavaClasses planted;

    @BeforeAll
    static void importThePlantedViolations() {
        planted = new ClassFileImporter().importPackages(PLANTED);
    }

    private static String violations(EvaluationResult result) {
        assertThat(result.hasViolation())
                .as("the rule must fail on the planted violation")
                .isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }

    @Test
    void aViewModelHoldingASceneNodeFails() {
        assertThat(violations(LayerRules.viewModelsUseNoSceneGraph(PLANTED).evaluate(planted)))
                .contains("PlantedViewModel")
                .contains("javafx.scene.Node");
    }

    @Test
    void aFeatureMakingAClientFailsWhileTheShellMay() {
        String report = violations(LayerRules.featuresUseOnlyTheApi(PLANTED).evaluate(planted));
        assertThat(report)
                .contains("PlantedViewModel")
                .contains("PlantedClient")
                .doesNotContain("PlantedWiring");
    }

    @Test
    void javaFxInTheViewerEngineFails() {
        assertThat(violations(LayerRules.viewerEngineIsFreeOfJavaFx(PLANTED).evaluate(planted)))
                .contains("PlantedEngine")
                .contains("javafx.scene.paint.Color");
    }

    @Test
    void aPackageCycleFails() {
        String report = violations(LayerRules.noPackageCycles(PLANTED).evaluate(planted));
        assertThat(report).contains("cycle.a").contains("cycle.b");
    }
}
