package eu.eucaim.workstation.app.settings;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "E-mail notifications (SMTP)" part of the Settings form: what the user typed and what is wrong with it. The
 * password field starts empty: leaving it so keeps the password kept in the keyring; typing one replaces it; clearing
 * the user name forgets it.
 */
public final class MailForm {
    private final MailSettings original;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "");
    private final ObjectProperty<MailSecurity> security = new SimpleObjectProperty<>(this, "security");
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringBinding problem;

    MailForm(MailSettings current) {
        this.original = current.normalised();
        enabled.set(original.on());
        host.set(original.host());
        port.set(Integer.toString(original.port()));
        security.set(original.security());
        username.set(original.username());
        from.set(original.from());
        // A port left at the old protection's usual one follows the new protection's.
        security.addListener((obs, old, now) -> {
            if (old != null && now != null && port.get().strip().equals(Integer.toString(old.defaultPort))) {
                port.set(Integer.toString(now.defaultPort));
            }
        });
        problem = Bindings.createStringBinding(
                () -> MailSettings.problem(
                                enabled.get(),
                                host.get(),
                                port.get(),
                                username.get(),
                                from.get(),
                                !password.get().isEmpty())
                        .orElse(null),
                enabled,
                host,
                port,
                username,
                from,
                password);
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty hostProperty() {
        return host;
    }

    /** The port as typed. */
    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<MailSecurity> securityProperty() {
        return security;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    /** A new password, or empty to keep the one kept. */
    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty fromProperty() {
        return from;
    }

    /** What is wrong with these fields, or null (always null while e-mail is off). */
    public StringBinding problemProperty() {
        return problem;
    }

    /** The fields as settings; a port that is not one (possible only while e-mail is off) stays as it was. */
    MailSettings result() {
        return new MailSettings(
                enabled.get(),
                host.get().strip(),
                MailSettings.port(port.get()).orElse(original.port()),
                security.get() == null ? original.security() : security.get(),
                username.get().strip(),
                from.get().strip());
    }

    /**
     * What to do with the password in the keyring: empty to leave it, an empty string to forget it (the user name was
     * cleared), else the new password.
     */
    public Optional<String> passwordChange() {
        if (username.get().isBlank()) {
            return original.username().isBlank() ? Optional.empty() : Optional.of("");
        }
        return password.get().isEmpty() ? Optional.empty() : Optional.of(password.get());
    }
}
