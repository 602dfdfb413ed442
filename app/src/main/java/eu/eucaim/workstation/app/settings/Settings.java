package eu.eucaim.workstation.app.settings;

import java.util.List;
import java.util.Map;

/**
 * Everything the user can set, as stored in {@code settings.json}. Immutable; the {@code with...} methods give
 * changed copies. Missing fields in an older file come back as null and are filled by {@link #normalised()}.
 *
 * @param signInIssuer   the OpenID provider to sign in with; blank means the node in use (its own provider)
 * @param signInClientId the client id registered at that provider
 * @param queryEmbedded  whether the Federated Query asks the embedded node(s): the demo federation of three nodes
 *                       when the node mode is embedded, else the remote node
 * @param queryProviders further federated-search provider URLs, asked as well
 * @param lastFolder     the folder a file was last saved to or opened from (file choosers start there); blank before
 * @param mail           e-mail notifications of the embedded node (SMTP), off by default; the password is not here
 * @param imageSources   DICOMweb servers the Viewer searches besides the node in use; their passwords are not here
 * @param platform       the EUCAIM platform's addresses, used when the node mode is {@link NodeMode#PLATFORM}
 * @param sidePanelWidths the widths the user dragged the Viewer's side panels to, by panel id (none: their usual)
 */
public record Settings(
        NodeMode nodeMode,
        String nodeUrl,
        Theme theme,
        WindowBounds window,
        String signInIssuer,
        String signInClientId,
        Boolean queryEmbedded,
        List<String> queryProviders,
        String lastFolder,
        MailSettings mail,
        List<ImageSourceEntry> imageSources,
        PlatformSettings platform,
        Map<String, Double> sidePanelWidths) {
    public static final String DEFAULT_CLIENT_ID = "eucaim-workstation";

    public static Settings defaults() {
        return new Settings(
                NodeMode.EMBEDDED,
                "",
                Theme.LIGHT,
                WindowBounds.DEFAULT,
                "",
                DEFAULT_CLIENT_ID,
                true,
                List.of(),
                "",
                MailSettings.defaults(),
                List.of(),
                PlatformSettings.defaults(),
                Map.of());
    }

    public Settings normalised() {
        Settings d = defaults();
        return new Settings(
                nodeMode == null ? d.nodeMode : nodeMode,
                nodeUrl == null ? d.nodeUrl : nodeUrl.strip(),
                theme == null ? d.theme : theme,
                window == null ? d.window : window,
                signInIssuer == null ? d.signInIssuer : signInIssuer.strip(),
                signInClientId == null || signInClientId.isBlank() ? d.signInClientId : signInClientId.strip(),
                queryEmbedded == null ? d.queryEmbedded : queryEmbedded,
                queryProviders == null
                        ? d.queryProviders
                        : queryProviders.stream().map(String::strip).toList(),
                lastFolder == null ? d.lastFolder : lastFolder,
                mail == null ? d.mail : mail.normalised(),
                imageSources == null ? d.imageSources : List.copyOf(imageSources),
                platform == null ? d.platform : platform.normalised(),
                sidePanelWidths == null ? d.sidePanelWidths : Map.copyOf(sidePanelWidths));
    }

    public Settings withNode(NodeMode mode, String url) {
        return with(b -> {
            b.nodeMode = mode;
            b.nodeUrl = url;
        });
    }

    public Settings withTheme(Theme newTheme) {
        return with(b -> b.theme = newTheme);
    }

    public Settings withWindow(WindowBounds bounds) {
        return with(b -> b.window = bounds);
    }

    public Settings withSignIn(String issuer, String clientId) {
        return with(b -> {
            b.signInIssuer = issuer;
            b.signInClientId = clientId;
        });
    }

    public Settings withQueryProviders(boolean embedded, List<String> urls) {
        return with(b -> {
            b.queryEmbedded = embedded;
            b.queryProviders = List.copyOf(urls);
        });
    }

    public Settings withLastFolder(String folder) {
        return with(b -> b.lastFolder = folder);
    }

    public Settings withMail(MailSettings newMail) {
        return with(b -> b.mail = newMail);
    }

    public Settings withImageSources(List<ImageSourceEntry> sources) {
        return with(b -> b.imageSources = List.copyOf(sources));
    }

    public Settings withSidePanelWidths(Map<String, Double> widths) {
        return with(b -> b.sidePanelWidths = Map.copyOf(widths));
    }

    public Settings withPlatform(PlatformSettings newPlatform) {
        return with(b -> b.platform = newPlatform);
    }

    /** A copy with what {@code change} sets on a builder that holds these settings. */
    private Settings with(java.util.function.Consumer<Copy> change) {
        Copy b = new Copy(this);
        change.accept(b);
        return b.build();
    }

    /** These settings' fields, to be changed one or two at a time by the {@code with...} methods. */
    private static final class Copy {
        NodeMode nodeMode;
        String nodeUrl;
        Theme theme;
        WindowBounds window;
        String signInIssuer;
        String signInClientId;
        Boolean queryEmbedded;
        List<String> queryProviders;
        String lastFolder;
        MailSettings mail;
        List<ImageSourceEntry> imageSources;
        PlatformSettings platform;
        Map<String, Double> sidePanelWidths;

        Copy(Settings s) {
            nodeMode = s.nodeMode;
            nodeUrl = s.nodeUrl;
            theme = s.theme;
            window = s.window;
            signInIssuer = s.signInIssuer;
            signInClientId = s.signInClientId;
            queryEmbedded = s.queryEmbedded;
            queryProviders = s.queryProviders;
            lastFolder = s.lastFolder;
            mail = s.mail;
            imageSources = s.imageSources;
            platform = s.platform;
            sidePanelWidths = s.sidePanelWidths;
        }

        Settings build() {
            return new Settings(
                    nodeMode,
                    nodeUrl,
                    theme,
                    window,
                    signInIssuer,
                    signInClientId,
                    queryEmbedded,
                    queryProviders,
                    lastFolder,
                    mail,
                    imageSources,
                    platform,
                    sidePanelWidths);
        }
    }
}
