package eu.eucaim.workstation.app.settings;

/**
 * Everything the user can set, as stored in {@code settings.json}. Immutable; the {@code with...} methods give
 * changed copies. Missing fields in an older file come back as null and are filled by {@link #normalised()}.
 *
 * @param signInIssuer   the OpenID provider to sign in with; blank means the node in use (its own provider)
 * @param signInClientId the client id registered at that provider
 */
public record Settings(NodeMode nodeMode, String nodeUrl, Theme theme, WindowBounds window, String signInIssuer,
                       String signInClientId) {
    public static final String DEFAULT_CLIENT_ID = "eucaim-workstation";

    public static Settings defaults() {
        return new Settings(NodeMode.EMBEDDED, "", Theme.LIGHT, WindowBounds.DEFAULT, "", DEFAULT_CLIENT_ID);
    }

    public Settings normalised() {
        Settings d = defaults();
        return new Settings(nodeMode == null ? d.nodeMode : nodeMode, nodeUrl == null ? d.nodeUrl : nodeUrl.strip(),
                theme == null ? d.theme : theme, window == null ? d.window : window,
                signInIssuer == null ? d.signInIssuer : signInIssuer.strip(),
                signInClientId == null || signInClientId.isBlank() ? d.signInClientId : signInClientId.strip());
    }

    public Settings withNode(NodeMode mode, String url) {
        return new Settings(mode, url, theme, window, signInIssuer, signInClientId);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(nodeMode, nodeUrl, newTheme, window, signInIssuer, signInClientId);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(nodeMode, nodeUrl, theme, bounds, signInIssuer, signInClientId);
    }

    public Settings withSignIn(String issuer, String clientId) {
        return new Settings(nodeMode, nodeUrl, theme, window, issuer, clientId);
    }
}
