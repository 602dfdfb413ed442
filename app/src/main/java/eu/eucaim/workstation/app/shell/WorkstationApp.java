package eu.eucaim.workstation.app.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The desktop application. {@link #launchDesktop(String[])} is the one entry point the command line uses to open
 * the window (bin/eucaim with no arguments).
 */
public class WorkstationApp extends Application {

    /** Opens the desktop window and blocks until it is closed. */
    public static void launchDesktop(String[] args) {
        Application.launch(WorkstationApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("EUCAIM Workstation");
        stage.setScene(new Scene(new Label("EUCAIM Workstation"), 1280, 800));
        stage.show();
    }
}
