package eu.eucaim.workstation.app.auth;

import eu.eucaim.workstation.api.auth.BrowserOpener;
import java.io.IOException;

/** Combining ways of showing the sign-in page. */
public final class Browsers {
    private Browsers() {}

    /** {@code first}, and {@code fallback} when the first cannot open the page. */
    public static BrowserOpener firstOf(BrowserOpener first, BrowserOpener fallback) {
        return url -> {
            try {
                first.open(url);
            } catch (IOException | RuntimeException firstFailed) {
                fallback.open(url);
            }
        };
    }
}
