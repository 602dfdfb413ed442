package eu.eucaim.workstation.app.settings;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Settings form: what the user has typed so far and whether it can be saved. The URL typed for a remote node
 * and the platform's addresses are kept whichever connection is chosen, so switching back and forth never loses
 * them; only the chosen one must be valid.
 */
public final class SettingsViewModel {
    private final Settings original;
    private final ObjectProperty<NodeMode> mode = new SimpleObjectProperty<>(this, "mode", NodeMode.EMBEDDED);
    private final StringProperty nodeUrl = new SimpleStringProperty(this, "nodeUrl", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final StringProperty signInIssuer = new SimpleStringProperty(this, "signInIssuer", "");
    private final StringProperty signInClientId = new SimpleStringProperty(this, "signInClientId", "");
    private final BooleanProperty queryEmbedded = new SimpleBooleanProperty(this, "queryEmbedded");
    private final StringProperty queryProviders = new SimpleStringProperty(this, "queryProviders", "");
    private final StringBinding nodeProblem;
    private final StringBinding signInProblem;
    private final StringBinding queryProblem;
    private final MailForm mail;
    private final ImageSourcesForm imageSources;
    private final PlatformForm platform;
    private final StringBinding problem;
    private final BooleanBinding valid;

    public SettingsViewModel(Settings current) {
        this(current, ExplorerSignIn.NONE);
    }

    /** @param explorerSignIn opens the explorer's sign-in (the platform's federated query needs its session) */
    public SettingsViewModel(Settings current, ExplorerSignIn explorerSignIn) {
        this.original = current;
        mode.set(current.nodeMode() == null ? NodeMode.EMBEDDED : current.nodeMode());
        nodeUrl.set(current.nodeUrl());
        dark.set(current.theme() == Theme.DARK);
        signInIssuer.set(current.signInIssuer());
        signInClientId.set(current.signInClientId());
        queryEmbedded.set(Boolean.TRUE.equals(current.normalised().queryEmbedded()));
        queryProviders.set(String.join("\n", current.normalised().queryProviders()));
        platform = new PlatformForm(current.normalised().platform(), explorerSignIn);
        nodeProblem = Bindings.createStringBinding(this::findNodeProblem, mode, nodeUrl, platform.problemProperty());
        signInProblem = Bindings.createStringBinding(this::findSignInProblem, signInIssuer, signInClientId);
        queryProblem = Bindings.createStringBinding(this::findQueryProblem, queryEmbedded, queryProviders);
        mail = new MailForm(current.normalised().mail());
        imageSources = new ImageSourcesForm(current.normalised().imageSources());
        problem = Bindings.createStringBinding(
                () -> java.util.stream.Stream.of(nodeProblem, signInProblem, queryProblem, mail.problemProperty())
                        .map(StringBinding::get)
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .orElse(null),
                nodeProblem,
                signInProblem,
                queryProblem,
                mail.problemProperty());
        valid = problem.isNull();
    }

    /** The connection chosen: the embedded node, the EUCAIM platform or another node. */
    public ObjectProperty<NodeMode> modeProperty() {
        return mode;
    }

    /** The EUCAIM platform's part: its addresses and the explorer's sign-in. */
    public PlatformForm platform() {
        return platform;
    }

    public StringProperty nodeUrlProperty() {
        return nodeUrl;
    }

    private String findNodeProblem() {
        return switch (mode.get()) {
            case EMBEDDED -> null;
            case PLATFORM -> platform.problemProperty().get();
            case REMOTE -> NodeUrls.problem(nodeUrl.get()).orElse(null);
        };
    }

    private String findSignInProblem() {
        String issuer = signInIssuer.get() == null ? "" : signInIssuer.get().strip();
        if (!issuer.isEmpty()) {
            String bad = NodeUrls.problem(issuer).orElse(null);
            if (bad != null) {
                return "Sign-in provider: " + bad;
            }
        }
        if (signInClientId.get() == null || signInClientId.get().isBlank()) {
            return "Enter the client id";
        }
        return null;
    }

    private String findQueryProblem() {
        if (!queryEmbedded.get() && ProviderUrls.lines(queryProviders.get()).isEmpty()) {
            return "The Federated Query needs a provider: keep the embedded node(s) or add a provider URL.";
        }
        return ProviderUrls.problem(queryProviders.get()).orElse(null);
    }

    /** The OpenID provider's issuer URL; blank = the node's own provider. */
    public StringProperty signInIssuerProperty() {
        return signInIssuer;
    }

    public StringProperty signInClientIdProperty() {
        return signInClientId;
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

    /** The e-mail notifications (SMTP) part. */
    public MailForm mail() {
        return mail;
    }

    /** The Viewer's image sources part. */
    public ImageSourcesForm imageSources() {
        return imageSources;
    }

    /** Why the form cannot be saved, or null: the first of the sections' problems. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** What is wrong with the chosen connection (the node's URL, a platform address), or null: shown under it. */
    public StringBinding nodeProblemProperty() {
        return nodeProblem;
    }

    /** What is wrong with the sign-in provider or client id, or null. */
    public StringBinding signInProblemProperty() {
        return signInProblem;
    }

    /** What is wrong with the Federated Query providers, or null. */
    public StringBinding queryProblemProperty() {
        return queryProblem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The settings as edited; only call when {@link #validProperty()} is true. */
    public Settings result() {
        if (!valid.get()) {
            throw new IllegalStateException(problem.get());
        }
        return original.withNode(
                        mode.get(), nodeUrl.get() == null ? "" : nodeUrl.get().strip())
                .withTheme(dark.get() ? Theme.DARK : Theme.LIGHT)
                .withSignIn(
                        signInIssuer.get() == null ? "" : signInIssuer.get().strip(),
                        signInClientId.get().strip())
                .withQueryProviders(queryEmbedded.get(), ProviderUrls.lines(queryProviders.get()))
                .withMail(mail.result())
                .withImageSources(List.copyOf(imageSources.entries()))
                .withPlatform(platform.result());
    }
}
