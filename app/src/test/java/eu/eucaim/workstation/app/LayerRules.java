package eu.eucaim.workstation.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The rules inside the modules (DESIGN.md "Data flow"), for a root package: the project's own, or the planted
 * violations of {@code ArchitectureRulesBiteTest}, which checks that each rule fails when it should.
 */
final class LayerRules {
    private LayerRules() {}

    /** View-models hold observable state and commands, and no scene graph: they are tested without a screen. */
    static ArchRule viewModelsUseNoSceneGraph(String root) {
        return noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .and()
                .resideInAnyPackage(root + ".app..", root + ".viewer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.embed..")
                .as("view-models use no javafx.scene, javafx.stage or javafx.embed types");
    }

    /**
     * Feature packages reach their backend through {@code services/api} interfaces only; only the wiring (the
     * shell, the connection, the command line) may make clients or nodes.
     */
    static ArchRule featuresUseOnlyTheApi(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".app..")
                .and()
                .resideOutsideOfPackages(root + ".app.shell..", root + ".app.connection..", root + ".app.cli..")
                .and()
                .doNotHaveFullyQualifiedName(root + ".app.Main")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".client..", root + ".node..")
                .as("feature packages use services/api interfaces, never client or node classes");
    }

    /** The viewer's engine (decoding, geometry, rendering into arrays) runs without JavaFX. */
    static ArchRule viewerEngineIsFreeOfJavaFx(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".viewer.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .as("the viewer's engine uses no JavaFX");
    }

    /** No two packages depend on each other, directly or round a longer loop. */
    static ArchRule noPackageCycles(String root) {
        return SlicesRuleDefinition.slices()
                .matching(root + ".(**)")
                .should()
                .beFreeOfCycles()
                .as("no package cycles");
    }
}
