package eu.eucaim.workstation.app.settings;

import eu.eucaim.workstation.api.dicomweb.ImageSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Settings window's "Image sources (DICOMweb)" part: the servers added for the Viewer, and the fields of the
 * next one. Adding checks the entry at once (the message says which field is wrong) and keeps what was typed; a
 * password typed goes to the OS keyring when Settings is saved, never into {@code settings.json}.
 */
public final class ImageSourcesForm {
    private final ObservableList<ImageSourceEntry> entries = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    /** Passwords typed for entries added now, by {@link #passwordKey}: kept once Settings is saved. */
    private final Map<String, String> passwords = new LinkedHashMap<>();

    public ImageSourcesForm(List<ImageSourceEntry> current) {
        entries.setAll(current);
    }

    /** Adds the entry the fields describe, or says what is wrong and keeps the fields as typed. */
    public boolean add() {
        String u = user.get().strip();
        ImageSourceEntry e = new ImageSourceEntry(
                name.get().strip(), url.get().strip(), u.isEmpty() ? ImageSource.Auth.NONE : ImageSource.Auth.BASIC, u);
        ImageSource source;
        try {
            source = e.source();
        } catch (IllegalArgumentException bad) {
            problem.set(bad.getMessage());
            return false;
        }
        if (entries.stream().anyMatch(x -> x.name().equalsIgnoreCase(e.name()))) {
            problem.set("There is an image source named '" + e.name() + "' already");
            return false;
        }
        if (source.auth() == ImageSource.Auth.BASIC && password.get().isEmpty()) {
            problem.set("Enter the password of " + u + ", or leave the user empty for a server without sign-in");
            return false;
        }
        if (source.auth() == ImageSource.Auth.BASIC) {
            passwords.put(passwordKey(source.baseUrl().toString(), u), password.get());
        }
        entries.add(new ImageSourceEntry(source.name(), source.baseUrl().toString(), source.auth(), u));
        name.set("");
        url.set("");
        user.set("");
        password.set("");
        problem.set(null);
        return true;
    }

    public void remove(ImageSourceEntry e) {
        entries.remove(e);
    }

    /** Passwords typed for the entries added, by their URL and user (see {@link #passwordKey}). */
    public Map<String, String> typedPasswords() {
        Map<String, String> kept = new LinkedHashMap<>();
        for (ImageSourceEntry e : entries) {
            String key = passwordKey(e.url(), e.user());
            if (passwords.containsKey(key)) {
                kept.put(key, passwords.get(key));
            }
        }
        return kept;
    }

    /** How a typed password names its source: {@code user@url}. */
    public static String passwordKey(String url, String user) {
        return user + "@" + url;
    }

    public ObservableList<ImageSourceEntry> entries() {
        return entries;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the last Add was refused, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
