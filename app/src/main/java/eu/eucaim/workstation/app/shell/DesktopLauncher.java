package eu.eucaim.workstation.app.shell;

/**
 * Opens the desktop window straight from a class path (screenshots, IDE). It is not an {@code Application}
 * subclass on purpose: the java launcher refuses to start those from the class path without JavaFX modules.
 * The product's entry point stays bin/eucaim.
 */
public final class DesktopLauncher {
    private DesktopLauncher() {}

    public static void main(String[] args) {
        WorkstationApp.launchDesktop(args);
    }
}
