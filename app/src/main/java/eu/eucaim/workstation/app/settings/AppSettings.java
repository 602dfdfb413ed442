package eu.eucaim.workstation.app.settings;

import eu.eucaim.workstation.app.fx.Errors;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The settings in use now; every change is saved on the io executor, a failed save is reported. */
public final class AppSettings {
    private final StoredFile<Settings> store;
    private final Executor io;
    private volatile Settings current;

    public AppSettings(StoredFile<Settings> store, Settings initial, Executor io) {
        this.store = store;
        this.current = initial;
        this.io = io;
    }

    public Settings get() {
        return current;
    }

    public void update(UnaryOperator<Settings> change, Consumer<String> onSaveFailure) {
        Settings next = change.apply(current);
        current = next;
        io.execute(() -> {
            try {
                store.save(next);
            } catch (IOException | RuntimeException e) {
                onSaveFailure.accept("The settings could not be saved: " + Errors.describe(e));
            }
        });
    }
}
