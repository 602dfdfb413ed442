package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.auth.BrowserOpener;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A "browser" for tests: loads the login page, posts the form with the given fields, and follows the provider's
 * redirect to the loopback callback, all over real HTTP. Runs in the background, as a real browser would. Shared
 * with the app's tests through this module's test jar.
 */
public final class FormFillingBrowser implements BrowserOpener {
    private static final Pattern REQUEST_ID = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Map<String, String> fields;
    /** The page the provider answered the form with when it did not redirect (e.g. a wrong password). */
    public final CompletableFuture<HttpResponse<String>> formAnswer = new CompletableFuture<>();

    public volatile URI openedUrl;

    public FormFillingBrowser(Map<String, String> fields) {
        this.fields = fields;
    }

    public static FormFillingBrowser signingInAs(String username, String password) {
        return new FormFillingBrowser(Map.of("username", username, "password", password));
    }

    @Override
    public void open(URI authorizationUrl) {
        openedUrl = authorizationUrl;
        CompletableFuture.runAsync(() -> {
            try {
                HttpResponse<String> page = HTTP.send(
                        HttpRequest.newBuilder(authorizationUrl).GET().build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = REQUEST_ID.matcher(page.body());
                if (!m.find()) {
                    formAnswer.complete(page);
                    return;
                }
                Map<String, String> form = new LinkedHashMap<>(fields);
                form.put("request_id", m.group(1));
                HttpResponse<String> answer = HTTP.send(
                        HttpRequest.newBuilder(authorizationUrl.resolve("/oauth2/authorize"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                formAnswer.complete(answer);
                answer.headers().firstValue("Location").ifPresent(location -> follow(URI.create(location)));
            } catch (IOException | InterruptedException e) {
                formAnswer.completeExceptionally(e);
            }
        });
    }

    static HttpResponse<String> follow(URI location) {
        try {
            return HTTP.send(HttpRequest.newBuilder(location).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
