package eu.eucaim.workstation.node.auth;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /oauth2/authorize} shows the login form; {@code POST} checks the password and redirects with a code.
 * A bad client id or redirect URI gets an error page: redirecting to an unchecked URI would make the node an open
 * redirector. Every other error goes back to the (checked) redirect URI as {@code error=} (RFC 6749 §4.1.2.1).
 */
final class AuthorizeEndpoint {
    /** base64url of a SHA-256 digest (RFC 7636 §4.2). */
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

    static final String WRONG_CREDENTIALS = "Wrong username or password";

    private final PendingAuthorizations pending;
    private final UserStore users;
    private final Grants grants;

    AuthorizeEndpoint(PendingAuthorizations pending, UserStore users, Grants grants) {
        this.pending = pending;
        this.users = users;
        this.grants = grants;
    }

    void show(Context ctx) {
        String clientId = ctx.queryParam("client_id");
        String redirectUri = ctx.queryParam("redirect_uri");
        if (!AuthPolicy.CLIENT_ID.equals(clientId)) {
            HtmlResponses.send(
                    ctx,
                    400,
                    LoginPage.error("Unknown application (client_id). Only the EUCAIM Workstation" + " ("
                            + AuthPolicy.CLIENT_ID + ") can sign in here."));
            return;
        }
        if (!RedirectUris.isAllowed(redirectUri)) {
            HtmlResponses.send(
                    ctx,
                    400,
                    LoginPage.error(
                            "The application asked to return to an address that is not a"
                                    + " loopback address (http://127.0.0.1:<port>/… or http://[::1]:<port>/…), so sign-in stops here."));
            return;
        }
        String state = ctx.queryParam("state");
        if (!"code".equals(ctx.queryParam("response_type"))) {
            redirect(
                    ctx,
                    redirectUri,
                    Map.of(
                            "error",
                            "unsupported_response_type",
                            "error_description",
                            "Only response_type=code is supported"),
                    state);
            return;
        }
        String challenge = ctx.queryParam("code_challenge");
        if (challenge == null
                || !"S256".equals(ctx.queryParam("code_challenge_method"))
                || !CHALLENGE.matcher(challenge).matches()) {
            redirect(
                    ctx,
                    redirectUri,
                    Map.of(
                            "error",
                            "invalid_request",
                            "error_description",
                            "PKCE is required: code_challenge (43 characters) with code_challenge_method=S256"),
                    state);
            return;
        }
        String scope = ctx.queryParam("scope");
        scope = scope == null || scope.isBlank() ? AuthPolicy.DEFAULT_SCOPE : scope.strip();
        if (!Arrays.stream(scope.split(" +")).allMatch(AuthPolicy.SCOPES::contains)) {
            redirect(
                    ctx,
                    redirectUri,
                    Map.of(
                            "error",
                            "invalid_scope",
                            "error_description",
                            "Supported scopes: " + String.join(" ", AuthPolicy.SCOPES)),
                    state);
            return;
        }
        String id = pending.add(new AuthorizationRequest(
                        clientId, redirectUri, state, challenge, scope, ctx.queryParam("nonce")))
                .orElse(null);
        if (id == null) {
            redirect(
                    ctx,
                    redirectUri,
                    Map.of(
                            "error",
                            "temporarily_unavailable",
                            "error_description",
                            "Too many sign-ins in progress; try again in a few minutes"),
                    state);
            return;
        }
        HtmlResponses.send(ctx, 200, LoginPage.form(id, null, null));
    }

    void submit(Context ctx) {
        String formId = ctx.formParam("request_id");
        AuthorizationRequest request = pending.find(formId).orElse(null);
        if (request == null) {
            HtmlResponses.send(
                    ctx, 400, LoginPage.error("This sign-in form has expired or was not issued by this node."));
            return;
        }
        if (ctx.formParam("cancel") != null) {
            pending.take(formId);
            redirect(
                    ctx,
                    request.redirectUri(),
                    Map.of("error", "access_denied", "error_description", "The user cancelled the sign-in"),
                    request.state());
            return;
        }
        String username = ctx.formParam("username");
        StoredUser user =
                users.authenticate(username, ctx.formParam("password")).orElse(null);
        if (user == null) {
            HtmlResponses.send(ctx, 401, LoginPage.form(formId, username, WRONG_CREDENTIALS));
            return;
        }
        if (pending.take(formId).isEmpty()) {
            // Another tab used this form in the meantime.
            HtmlResponses.send(ctx, 400, LoginPage.error("This sign-in form was already used."));
            return;
        }
        redirect(ctx, request.redirectUri(), Map.of("code", grants.newCode(user.id(), request)), request.state());
    }

    private static void redirect(Context ctx, String redirectUri, Map<String, String> params, String state) {
        Map<String, String> all = new LinkedHashMap<>(params);
        if (state != null) {
            all.put("state", state);
        }
        StringBuilder url = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
        all.forEach((k, v) -> url.append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
        url.setLength(url.length() - 1);
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(url.toString(), io.javalin.http.HttpStatus.FOUND);
    }
}
