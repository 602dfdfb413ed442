package eu.eucaim.workstation.app.tab;

import java.util.Objects;
import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/**
 * One tab of the main window, as registered in the shell's tab registry: its id (the node id is {@code tab-<id>}),
 * title, icon, whether it needs a signed-in user (then {@code signInPurpose} says what it does for one, on the
 * gate shown to others), and the factory that builds it from the app's context.
 */
public record TabSpec(
        String id, String title, Ikon icon, String signInPurpose, Function<AppContext, TabContent> factory) {
    public TabSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(factory, "factory");
    }

    /** A tab anyone may use. */
    public static TabSpec open(String id, String title, Ikon icon, Function<AppContext, TabContent> factory) {
        return new TabSpec(id, title, icon, null, factory);
    }

    /** A tab for signed-in users; others see what it is for and Sign in. */
    public static TabSpec signedIn(
            String id, String title, Ikon icon, String purpose, Function<AppContext, TabContent> factory) {
        return new TabSpec(id, title, icon, Objects.requireNonNull(purpose, "purpose"), factory);
    }

    public boolean needsSignIn() {
        return signInPurpose != null;
    }
}
