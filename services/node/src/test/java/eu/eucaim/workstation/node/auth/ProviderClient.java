package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.auth.TokenResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Drives the node's provider over real HTTP like a browser would, without following redirects. */
public final class ProviderClient {
    static final String REDIRECT = "http://127.0.0.1:9/callback";
    static final String VERIFIER = "verifier-0123456789-0123456789-0123456789-abcdef";
    private static final Pattern REQUEST_ID = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public record Answer(int status, String body, Map<String, java.util.List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        public <T> T json(Class<T> type) {
            try {
                return Json.mapper().readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        /** A query parameter of the Location header. */
        String locationParam(String name) {
            String query = URI.create(header("Location")).getRawQuery();
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals(name)) {
                    return java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }

    private final URI base;

    public ProviderClient(URI base) {
        this.base = base;
    }

    static String challenge(String verifier) {
        return Secrets.sha256(verifier);
    }

    public Answer get(String pathAndQuery, String bearer) {
        HttpRequest.Builder r =
                HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET();
        if (bearer != null) {
            r.header("Authorization", "Bearer " + bearer);
        }
        return send(r);
    }

    /** Any method, with a JSON body or none, as {@code bearer} (null: anonymous). */
    public Answer request(String method, String pathAndQuery, String bearer, String json) {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            r.header("Authorization", "Bearer " + bearer);
        }
        return send(r);
    }

    Answer authorize(Map<String, String> params) {
        return get("/oauth2/authorize?" + form(params), null);
    }

    static Map<String, String> authorizeParams(String redirect, String challenge) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("client_id", AuthPolicy.CLIENT_ID);
        p.put("redirect_uri", redirect);
        p.put("response_type", "code");
        p.put("state", "st-123");
        p.put("code_challenge", challenge);
        p.put("code_challenge_method", "S256");
        p.put("scope", "openid profile");
        return p;
    }

    static String requestId(Answer form) {
        Matcher m = REQUEST_ID.matcher(form.body());
        if (!m.find()) {
            throw new AssertionError("No login form: " + form.status() + " " + form.body());
        }
        return m.group(1);
    }

    Answer submitLogin(String requestId, String username, String password) {
        return post("/oauth2/authorize", Map.of("request_id", requestId, "username", username, "password", password));
    }

    /** Authorize + login: the code from the redirect. */
    String code(String username, String password, String verifier) {
        Answer form = authorize(authorizeParams(REDIRECT, challenge(verifier)));
        Answer done = submitLogin(requestId(form), username, password);
        if (done.status() != 302) {
            throw new AssertionError("Login failed: " + done.status() + " " + done.body());
        }
        return done.locationParam("code");
    }

    Answer exchange(String code, String verifier, String redirect) {
        return post(
                "/oauth2/token",
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "code_verifier",
                        verifier,
                        "redirect_uri",
                        redirect,
                        "client_id",
                        AuthPolicy.CLIENT_ID));
    }

    Answer refresh(String refreshToken) {
        return post(
                "/oauth2/token",
                Map.of(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        refreshToken,
                        "client_id",
                        AuthPolicy.CLIENT_ID));
    }

    /** The whole sign-in of a demo user. */
    public TokenResponse login(String username) {
        Answer a = exchange(code(username, username, VERIFIER), VERIFIER, REDIRECT);
        if (a.status() != 200) {
            throw new AssertionError("Token exchange failed: " + a.status() + " " + a.body());
        }
        return a.json(TokenResponse.class);
    }

    Answer post(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Answer send(HttpRequest.Builder r) {
        try {
            HttpResponse<String> resp =
                    HTTP.send(r.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(resp.statusCode(), resp.body(), resp.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
