package eu.eucaim.workstation.app.auth;

import eu.eucaim.workstation.api.auth.BrowserOpener;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The user's own browser: {@link Desktop#browse} where AWT supports it, else the platform's opener ({@code xdg-open},
 * {@code open}, {@code rundll32 url.dll}). Throws when none works, so that the caller can fall back (a WebView
 * window, or printing the URL).
 */
public final class SystemBrowser implements BrowserOpener {
    private final String os;
    private final Map<String, String> environment;

    public SystemBrowser() {
        this(System.getProperty("os.name", ""), System.getenv());
    }

    SystemBrowser(String os, Map<String, String> environment) {
        this.os = os.toLowerCase(Locale.ROOT);
        this.environment = environment;
    }

    @Override
    public void open(URI url) throws IOException {
        if (!java.awt.GraphicsEnvironment.isHeadless()
                && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(url);
            return;
        }
        run(command(url));
    }

    /** The platform's opener; on Linux only with a display, since without one xdg-open may start a text browser. */
    List<String> command(URI url) throws IOException {
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", url.toString());
        }
        if (os.contains("mac")) {
            return List.of("open", url.toString());
        }
        if (blank(environment.get("DISPLAY")) && blank(environment.get("WAYLAND_DISPLAY"))) {
            throw new IOException("no graphical display to open a browser on");
        }
        return List.of("xdg-open", url.toString());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            // The openers hand the URL to the browser and return; a non-zero status means no browser took it.
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                return;
            }
            if (p.exitValue() != 0) {
                throw new IOException(command.get(0) + " could not open a browser (exit status " + p.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the browser", e);
        }
    }
}
