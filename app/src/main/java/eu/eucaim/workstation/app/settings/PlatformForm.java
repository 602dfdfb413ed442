package eu.eucaim.workstation.app.settings;

import eu.eucaim.workstation.app.fx.Errors;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "EUCAIM platform" part of the Settings form: the platform's addresses as typed, what is wrong with them (which
 * field, what it expects), a reset to the platform's own addresses, and the explorer's sign-in.
 */
public final class PlatformForm {
    private final StringProperty catalogue = new SimpleStringProperty(this, "catalogue", "");
    private final StringProperty schema = new SimpleStringProperty(this, "schema", "");
    private final StringProperty explorer = new SimpleStringProperty(this, "explorer", "");
    private final StringProperty negotiator = new SimpleStringProperty(this, "negotiator", "");
    private final StringProperty helpdesk = new SimpleStringProperty(this, "helpdesk", "");
    private final StringProperty issuer = new SimpleStringProperty(this, "issuer", "");
    private final StringProperty sites = new SimpleStringProperty(this, "sites", "");
    private final StringBinding problem;
    private final ExplorerSignIn explorerSignIn;
    private final ReadOnlyStringWrapper explorerStatus = new ReadOnlyStringWrapper(this, "explorerStatus");
    private final ReadOnlyBooleanWrapper signingIn = new ReadOnlyBooleanWrapper(this, "signingIn");

    PlatformForm(PlatformSettings current, ExplorerSignIn explorerSignIn) {
        this.explorerSignIn = explorerSignIn;
        show(current.normalised());
        problem = Bindings.createStringBinding(
                () -> typed().problem().orElse(null), catalogue, schema, explorer, negotiator, helpdesk, issuer, sites);
        explorerStatus.set(
                explorerSignIn.signedIn()
                        ? "Signed in to the explorer for this session."
                        : "Not signed in to the explorer: the Federated Query needs it.");
    }

    private void show(PlatformSettings p) {
        catalogue.set(p.catalogue());
        schema.set(p.schema());
        explorer.set(p.explorer());
        negotiator.set(p.negotiator());
        helpdesk.set(p.helpdesk());
        issuer.set(p.issuer());
        sites.set(String.join(", ", p.sites()));
    }

    /** Puts the platform's own addresses back in every field. */
    public void reset() {
        show(PlatformSettings.defaults());
    }

    private PlatformSettings typed() {
        return new PlatformSettings(
                catalogue.get(),
                schema.get(),
                explorer.get(),
                negotiator.get(),
                helpdesk.get(),
                issuer.get(),
                siteList(sites.get()));
    }

    /** The site names typed, separated by commas, spaces or lines. */
    static List<String> siteList(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,;\\s]+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
    }

    /** The addresses as edited; only when {@link #problemProperty()} is null. */
    PlatformSettings result() {
        return typed().normalised();
    }

    /**
     * Opens the explorer's sign-in at the explorer typed now. The status says how it went; a bad explorer address is
     * said instead of opening anything.
     */
    public void signInToExplorer() {
        String bad = PlatformSettings.address(
                        "Explorer", explorer.get(), "https://explorer.eucaim.cancerimage.eu/backend/")
                .orElse(null);
        if (bad != null) {
            explorerStatus.set(bad);
            return;
        }
        signingIn.set(true);
        explorerStatus.set("Signing in to the explorer… finish in the sign-in window.");
        explorerSignIn.signIn(URI.create(explorer.get().strip())).whenComplete((ok, failure) -> {
            signingIn.set(false);
            explorerStatus.set(
                    failure == null
                            ? "Signed in to the explorer for this session."
                            : "Not signed in to the explorer: " + Errors.describe(failure));
        });
    }

    public StringProperty catalogueProperty() {
        return catalogue;
    }

    public StringProperty schemaProperty() {
        return schema;
    }

    public StringProperty explorerProperty() {
        return explorer;
    }

    public StringProperty negotiatorProperty() {
        return negotiator;
    }

    public StringProperty helpdeskProperty() {
        return helpdesk;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    /** The explorer's Beam sites, comma-separated. */
    public StringProperty sitesProperty() {
        return sites;
    }

    /** What is wrong with the addresses, naming the field, or null. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** Whether the explorer is signed in, or why not; what the last sign-in came to. */
    public ReadOnlyStringProperty explorerStatusProperty() {
        return explorerStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signingInProperty() {
        return signingIn.getReadOnlyProperty();
    }
}
