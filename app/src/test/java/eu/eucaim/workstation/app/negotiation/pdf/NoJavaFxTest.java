package eu.eucaim.workstation.app.negotiation.pdf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The export runs on a background thread without a screen, and the status words are shared with the UI: neither
 * uses JavaFX, and the words do not depend on the PDF.
 */
class NoJavaFxTest {
    private static final String NEGOTIATION = "eu.eucaim.workstation.app.negotiation";
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(NEGOTIATION + ".pdf", NEGOTIATION + ".words");

    @Test
    void theExportAndTheWordsUseNoJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage(NEGOTIATION + ".pdf..", NEGOTIATION + ".words..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theWordsDoNotDependOnThePdf() {
        noClasses()
                .that()
                .resideInAPackage(NEGOTIATION + ".words..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(NEGOTIATION + ".pdf..")
                .check(classes);
    }
}
