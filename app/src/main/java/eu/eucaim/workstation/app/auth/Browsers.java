package eu.eucaim.workstation.app.auth;

import eu.eucaim.workstation.api.auth.BrowserOpener;
import java.io.IOException;
import java.net.URI;

/** Combining ways of showing the sign-in page. */
public final class Browsers {
    private Browsers() {}

    /** {@code first}, and {@code fallback} when the first cannot open the page; its place is the one that opened it. */
    public static BrowserOpener firstOf(BrowserOpener first, BrowserOpener fallback) {
        return new BrowserOpener() {
            private volatile BrowserOpener used = first;

            @Override
            public void open(URI url) throws IOException {
                try {
                    first.open(url);
                    used = first;
                } catch (IOException | RuntimeException firstFailed) {
                    fallback.open(url);
                    used = fallback;
                }
            }

            @Override
            public String place() {
                return used.place();
            }
        };
    }
}
