package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.connection.KeptPassword;
import eu.eucaim.workstation.app.settings.AppSettings;
import eu.eucaim.workstation.app.settings.ImageSourceEntry;
import eu.eucaim.workstation.app.settings.ImageSourcesForm;
import eu.eucaim.workstation.app.settings.MailSettings;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.app.settings.SettingsDialog;
import eu.eucaim.workstation.app.settings.SettingsViewModel;
import eu.eucaim.workstation.app.settings.Theme;
import eu.eucaim.workstation.app.tab.Destination;
import eu.eucaim.workstation.app.tab.Navigation;
import eu.eucaim.workstation.app.tab.Notifications;
import java.io.File;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

/**
 * What the window itself does, beside its tabs: Settings (button and Ctrl+,), the theme toggle, Ctrl+1..6 for the
 * tabs and each tab's own shortcuts, and files dropped anywhere on the window, which open in the Viewer.
 */
final class ShellActions {
    private final Stage stage;
    private final MainWindow window;
    private final AppSettings settings;
    private final Navigation navigation;
    private final Notifications notifications;
    private final Runnable reconnect;
    private KeptPassword smtpPassword;
    /** The kept password of an image source, by its URL and user. */
    private java.util.function.BiFunction<String, String, KeptPassword> imageSourcePassword;

    private java.util.concurrent.Executor io;
    private eu.eucaim.workstation.app.settings.ExplorerSignIn explorerSignIn =
            eu.eucaim.workstation.app.settings.ExplorerSignIn.NONE;

    /** @param reconnect connects to the node the settings name now (after the user changed it) */
    ShellActions(
            Stage stage,
            MainWindow window,
            AppSettings settings,
            Navigation navigation,
            Notifications notifications,
            Runnable reconnect) {
        this.stage = stage;
        this.window = window;
        this.settings = settings;
        this.navigation = navigation;
        this.notifications = notifications;
        this.reconnect = reconnect;
    }

    /**
     * Where Settings keeps the passwords it is given (the SMTP one, those of image sources), written on {@code io}
     * (the keyring may block).
     */
    ShellActions withPasswords(
            KeptPassword smtp,
            java.util.function.BiFunction<String, String, KeptPassword> imageSource,
            java.util.concurrent.Executor io) {
        this.smtpPassword = smtp;
        this.imageSourcePassword = imageSource;
        this.io = io;
        return this;
    }

    /** How Settings signs in to the EUCAIM explorer (its federated query needs the explorer's web session). */
    ShellActions withExplorerSignIn(eu.eucaim.workstation.app.settings.ExplorerSignIn signIn) {
        this.explorerSignIn = signIn;
        return this;
    }

    void install(Scene scene) {
        window.settingsButton.setOnAction(e -> openSettings());
        window.themeButton.setOnAction(e -> toggleTheme());
        keys(scene);
        openDroppedFiles(scene);
    }

    private void keys(Scene scene) {
        KeyCode[] digits = {
            KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6
        };
        for (int i = 0; i < digits.length; i++) {
            int index = i;
            scene.getAccelerators()
                    .put(
                            new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                            () -> window.selectTab(index));
        }
        window.tabContents()
                .forEach((tab, content) -> content.shortcuts()
                        .forEach((keys, action) -> scene.getAccelerators().put(keys, () -> {
                            window.tabs().getSelectionModel().select(tab);
                            action.run();
                        })));
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), this::openSettings);
    }

    private void toggleTheme() {
        Theme next = settings.get().theme() == Theme.DARK ? Theme.LIGHT : Theme.DARK;
        Themes.apply(next);
        settings.update(s -> s.withTheme(next), saveFailed());
    }

    private void openSettings() {
        Settings before = settings.get();
        SettingsViewModel form = new SettingsViewModel(before, explorerSignIn);
        new SettingsDialog(stage, form).showAndWait().ifPresent(after -> {
            settings.update(
                    s -> s.withNode(after.nodeMode(), after.nodeUrl())
                            .withTheme(after.theme())
                            .withSignIn(after.signInIssuer(), after.signInClientId())
                            .withQueryProviders(after.queryEmbedded(), after.queryProviders())
                            .withMail(after.mail())
                            .withImageSources(after.imageSources())
                            .withPlatform(after.platform()),
                    saveFailed());
            if (after.theme() != before.theme()) {
                Themes.apply(after.theme());
            }
            java.util.Optional<String> password = form.mail().passwordChange();
            if (smtpPassword != null && password.isPresent()) {
                smtpPassword.use(password.get()); // at once: the reconnect below reads it
                io.execute(smtpPassword::save);
            }
            if (imageSourcePassword != null) {
                for (ImageSourceEntry e : after.imageSources()) {
                    String typed =
                            form.imageSources().typedPasswords().get(ImageSourcesForm.passwordKey(e.url(), e.user()));
                    if (typed != null) {
                        KeptPassword kept = imageSourcePassword.apply(e.url(), e.user());
                        kept.use(typed);
                        io.execute(kept::save);
                    }
                }
            }
            // The embedded node takes its SMTP settings when it starts: a change that matters restarts it.
            MailSettings mailBefore = before.normalised().mail();
            boolean embeddedMail = after.nodeMode() == NodeMode.EMBEDDED
                    && (mailBefore.on() || after.mail().on())
                    && (!after.mail().equals(mailBefore) || password.isPresent());
            boolean platformMoved = after.nodeMode() == NodeMode.PLATFORM
                    && !after.platform().equals(before.normalised().platform());
            if (after.nodeMode() != before.nodeMode()
                    || !after.nodeUrl().equals(before.nodeUrl())
                    || embeddedMail
                    || platformMoved) {
                reconnect.run();
            }
        });
    }

    private Consumer<String> saveFailed() {
        return notifications::warn;
    }

    /** Files dropped anywhere on the window open in the Viewer tab. */
    private void openDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                navigation.open(new Destination.Images(
                        e.getDragboard().getFiles().stream().map(File::toPath).toList()));
                e.setDropCompleted(true);
            }
        });
    }
}
