package eu.eucaim.workstation.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import eu.eucaim.workstation.app.settings.Theme;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX Primer as the user-agent stylesheet, plus the app's own small stylesheet on the scene. */
final class Themes {
    static final String APP_CSS =
            Themes.class.getResource("/eu/eucaim/workstation/app/app.css").toExternalForm();

    private Themes() {}

    static void apply(Theme theme) {
        Application.setUserAgentStylesheet(
                theme == Theme.DARK
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
    }

    static void style(Scene scene) {
        scene.getStylesheets().add(APP_CSS);
    }
}
