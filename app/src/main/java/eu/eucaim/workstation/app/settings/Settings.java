package eu.eucaim.workstation.app.settings;

/**
 * Everything the user can set, as stored in {@code settings.json}. Immutable; the {@code with...} methods give
 * changed copies. Missing fields in an older file come back as null and are filled by {@link #normalised()}.
 */
public record Settings(NodeMode nodeMode, String nodeUrl, Theme theme, WindowBounds window) {

    public static Settings defaults() {
        return new Settings(NodeMode.EMBEDDED, "", Theme.LIGHT, WindowBounds.DEFAULT);
    }

    public Settings normalised() {
        Settings d = defaults();
        return new Settings(nodeMode == null ? d.nodeMode : nodeMode, nodeUrl == null ? d.nodeUrl : nodeUrl.strip(),
                theme == null ? d.theme : theme, window == null ? d.window : window);
    }

    public Settings withNode(NodeMode mode, String url) {
        return new Settings(mode, url, theme, window);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(nodeMode, nodeUrl, newTheme, window);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(nodeMode, nodeUrl, theme, bounds);
    }
}
