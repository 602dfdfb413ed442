package eu.eucaim.workstation.app.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Settings form: what the user has typed so far and whether it can be saved. The URL typed for a remote node
 * is kept even while "embedded" is chosen, so switching back and forth never loses it.
 */
public final class SettingsViewModel {
    private final Settings original;
    private final BooleanProperty embedded = new SimpleBooleanProperty(this, "embedded");
    private final StringProperty nodeUrl = new SimpleStringProperty(this, "nodeUrl", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty queryEmbedded = new SimpleBooleanProperty(this, "queryEmbedded");
    private final StringProperty queryProviders = new SimpleStringProperty(this, "queryProviders", "");
    private final StringBinding problem;
    private final BooleanBinding valid;

    public SettingsViewModel(Settings current) {
        this.original = current;
        embedded.set(current.nodeMode() == NodeMode.EMBEDDED);
        nodeUrl.set(current.nodeUrl());
        dark.set(current.theme() == Theme.DARK);
        queryEmbedded.set(Boolean.TRUE.equals(current.normalised().queryEmbedded()));
        queryProviders.set(String.join("\n", current.normalised().queryProviders()));
        problem = Bindings.createStringBinding(() -> {
            String node = embedded.get() ? null : NodeUrls.problem(nodeUrl.get()).orElse(null);
            if (node != null) {
                return node;
            }
            if (!queryEmbedded.get() && ProviderUrls.lines(queryProviders.get()).isEmpty()) {
                return "The Federated Query needs a provider: keep the embedded node(s) or add a provider URL.";
            }
            return ProviderUrls.problem(queryProviders.get()).orElse(null);
        }, embedded, nodeUrl, queryEmbedded, queryProviders);
        valid = problem.isNull();
    }

    public BooleanProperty embeddedProperty() {
        return embedded;
    }

    public StringProperty nodeUrlProperty() {
        return nodeUrl;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Whether the Federated Query asks the embedded node(s). */
    public BooleanProperty queryEmbeddedProperty() {
        return queryEmbedded;
    }

    /** Further federated-search provider URLs, one per line. */
    public StringProperty queryProvidersProperty() {
        return queryProviders;
    }

    /** Why the form cannot be saved, or null. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The settings as edited; only call when {@link #validProperty()} is true. */
    public Settings result() {
        if (!valid.get()) {
            throw new IllegalStateException(problem.get());
        }
        NodeMode mode = embedded.get() ? NodeMode.EMBEDDED : NodeMode.REMOTE;
        return original.withNode(mode, nodeUrl.get() == null ? "" : nodeUrl.get().strip())
                .withTheme(dark.get() ? Theme.DARK : Theme.LIGHT)
                .withQueryProviders(queryEmbedded.get(), ProviderUrls.lines(queryProviders.get()));
    }
}
