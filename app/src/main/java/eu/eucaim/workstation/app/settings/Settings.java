package eu.eucaim.workstation.app.settings;

import java.util.List;

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
        PlatformSettings platform) {
    public static final String DEFAULT_CLIENT_ID = "eucaim-workstation";

    public Settings(NodeMode nodeMode, String nodeUrl, Theme theme, WindowBounds window) {
        this(
                nodeMode,
                nodeUrl,
                theme,
                window,
                "",
                DEFAULT_CLIENT_ID,
                true,
                List.of(),
                "",
                MailSettings.defaults(),
                List.of(),
                PlatformSettings.defaults());
    }

    public Settings(
            NodeMode nodeMode,
            String nodeUrl,
            Theme theme,
            WindowBounds window,
            String signInIssuer,
            String signInClientId) {
        this(
                nodeMode,
                nodeUrl,
                theme,
                window,
                signInIssuer,
                signInClientId,
                true,
                List.of(),
                "",
                MailSettings.defaults(),
                List.of(),
                PlatformSettings.defaults());
    }

    public Settings(
            NodeMode nodeMode,
            String nodeUrl,
            Theme theme,
            WindowBounds window,
            Boolean queryEmbedded,
            List<String> queryProviders) {
        this(
                nodeMode,
                nodeUrl,
                theme,
                window,
                "",
                DEFAULT_CLIENT_ID,
                queryEmbedded,
                queryProviders,
                "",
                MailSettings.defaults(),
                List.of(),
                PlatformSettings.defaults());
    }

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
                PlatformSettings.defaults());
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
                platform == null ? d.platform : platform.normalised());
    }

    public Settings withNode(NodeMode mode, String url) {
        return new Settings(
                mode,
                url,
                theme,
                window,
                signInIssuer,
                signInClientId,
                queryEmbedded,
                queryProviders,
                lastFolder,
                mail,
                imageSources,
                platform);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(
                nodeMode,
                nodeUrl,
                newTheme,
                window,
                signInIssuer,
                signInClientId,
                queryEmbedded,
                queryProviders,
                lastFolder,
                mail,
                imageSources,
                platform);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(
                nodeMode,
                nodeUrl,
                theme,
                bounds,
                signInIssuer,
                signInClientId,
                queryEmbedded,
                queryProviders,
                lastFolder,
                mail,
                imageSources,
                platform);
    }

    public Settings withSignIn(String issuer, String clientId) {
        return new Settings(
                nodeMode,
                nodeUrl,
                theme,
                window,
                issuer,
                clientId,
                queryEmbedded,
                queryProviders,
                lastFolder,
                mail,
                imageSources,
                platform);
    }

    public Settings withQueryProviders(boolean embedded, List<String> urls) {
        return new Settings(
                nodeMode,
                nodeUrl,
                theme,
                window,
                signInIssuer,
                signInClientId,
                embedded,
                List.copyOf(urls),
                lastFolder,
                mail,
                imageSources,
                platform);
    }

    public Settings withLastFolder(String folder) {
        return new Settings(
                nodeMode,
                nodeUrl,
                theme,
                window,
                signInIssuer,
                signInClientId,
                queryEmbedded,
                queryProviders,
                folder,
                mail,
                imageSources,
                platform);
    }

    public Settings withMail(MailSettings newMail) {
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
                newMail,
                imageSources,
                platform);
    }

    public Settings withImageSources(List<ImageSourceEntry> sources) {
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
                List.copyOf(sources),
                platform);
    }

    public Settings withPlatform(PlatformSettings newPlatform) {
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
                newPlatform);
    }
}
