package eu.eucaim.workstation.app.tab;

import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.auth.SignInViewModel;
import eu.eucaim.workstation.app.connection.ImageSourcePasswords;
import eu.eucaim.workstation.app.selection.SelectionViewModel;
import eu.eucaim.workstation.app.settings.AppSettings;
import java.util.Objects;

/**
 * Everything a tab's factory may use: the services, the app-wide state shared by tabs (sign-in, the selection, the
 * settings, the image sources' passwords), the threads, and the ways to reach the rest of the app (navigation,
 * notifications, dialogs). A tab gets nothing else, so a new feature never edits the shell.
 */
public record AppContext(
        Services services,
        SignInViewModel signIn,
        SelectionViewModel selection,
        AppSettings settings,
        AppExecutors executors,
        Navigation navigation,
        Notifications notifications,
        Dialogs dialogs,
        String appVersion,
        UserDirectories dirs,
        ImageSourcePasswords imageSourcePasswords) {
    public AppContext {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(executors, "executors");
        Objects.requireNonNull(navigation, "navigation");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(dirs, "dirs");
        Objects.requireNonNull(imageSourcePasswords, "imageSourcePasswords");
    }
}
