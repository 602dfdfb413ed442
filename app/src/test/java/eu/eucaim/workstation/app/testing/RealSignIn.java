package eu.eucaim.workstation.app.testing;

import eu.eucaim.workstation.client.auth.AccessTokenSource;
import eu.eucaim.workstation.client.auth.OidcDiscovery;
import eu.eucaim.workstation.client.auth.PkceLoginFlow;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real sign-in for tests: the workstation's PKCE flow against a real node, with a "browser" that loads the login
 * page, posts the demo user's form and follows the redirect to the loopback callback, all over HTTP.
 */
public final class RealSignIn {
    private static final Pattern REQUEST_ID = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private RealSignIn() {
    }

    /** Signs {@code user} (password = user name, as for the demo users) in at {@code issuer}. */
    public static AccessTokenSource as(URI issuer, String user) throws Exception {
        String token = new PkceLoginFlow(OidcDiscovery.fetch(issuer), "eucaim-workstation",
                url -> fill(url, user), Duration.ofSeconds(30)).start().get(40, TimeUnit.SECONDS).accessToken();
        return AccessTokenSource.fixed(token);
    }

    private static void fill(URI authorize, String user) {
        new Thread(() -> {
            try {
                String page = HTTP.send(HttpRequest.newBuilder(authorize).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = REQUEST_ID.matcher(page);
                if (!m.find()) {
                    return;
                }
                String form = "request_id=" + enc(m.group(1)) + "&username=" + enc(user) + "&password=" + enc(user);
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(authorize.resolve("/oauth2/authorize"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                String location = answer.headers().firstValue("Location").orElse(null);
                if (location != null) {
                    HTTP.send(HttpRequest.newBuilder(URI.create(location)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
                }
            } catch (IOException | InterruptedException e) {
                // The flow times out and says so.
            }
        }, "test-browser").start();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
