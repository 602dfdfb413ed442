package eu.eucaim.workstation.node.auth;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /oauth2/authorize} shows the login form; {@code POST} checks the password and redirects with a code.
 * A bad client id or redirect URI gets an error page: redirecting to an unchecked URI would make the node an open
 * redirector. Every other error goes back to the (checked) redirect URI as {@code error=} (RFC 6749 §4.1.2.1). The
 * form carries the checked request, signed ({@link LoginForms}); password attempts go through a
 * {@link SignInThrottle}.
 */
final class AuthorizeEndpoint {
    /** base64url of a SHA-256 digest (RFC 7636 §4.2). */
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

    static final String WRONG_CREDENTIALS = "Wrong username or password";

    private final LoginForms forms;
    private final SignInThrottle throttle;
    private final UserStore users;
    private final Grants grants;

    AuthorizeEndpoint(LoginForms forms, SignInThrottle throttle, UserStore users, Grants grants) {
        this.forms = forms;
        this.throttle = throttle;
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
        Optional<String> badRedirect = RedirectUris.problem(redirectUri);
        if (badRedirect.isPresent()) {
            HtmlResponses.send(
                    ctx,
                    400,
                    LoginPage.error("The application asked to return to an address this node does not send sign-ins"
                            + " to, so sign-in stops here: " + badRedirect.get() + "."));
            return;
        }
        String state = ctx.queryParam("state");
        if (!"code".equals(ctx.queryParam("response_type"))) {
            redirect(
                    ctx,
                    redirectUri,
                    error("unsupported_response_type", "Only response_type=code is supported"),
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
                    error(
                            "invalid_request",
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
                    error("invalid_scope", "Supported scopes: " + String.join(" ", AuthPolicy.SCOPES)),
                    state);
            return;
        }
        String nonce = ctx.queryParam("nonce");
        if ((state != null && state.length() > AuthPolicy.MAX_STATE_LENGTH)
                || (nonce != null && nonce.length() > AuthPolicy.MAX_NONCE_LENGTH)) {
            redirect(
                    ctx,
                    redirectUri,
                    error(
                            "invalid_request",
                            "state may have at most " + AuthPolicy.MAX_STATE_LENGTH + " characters, nonce at most "
                                    + AuthPolicy.MAX_NONCE_LENGTH),
                    null);
            return;
        }
        String form = forms.issue(new AuthorizationRequest(clientId, redirectUri, state, challenge, scope, nonce));
        HtmlResponses.send(ctx, 200, LoginPage.form(form, null, null));
    }

    void submit(Context ctx) {
        String formValue = ctx.formParam("request_id");
        LoginForms.Opened opened = forms.open(formValue);
        if (!(opened instanceof LoginForms.Valid form)) {
            HtmlResponses.send(ctx, 400, LoginPage.error(((LoginForms.Refused) opened).reason()));
            return;
        }
        AuthorizationRequest request = form.request();
        if (ctx.formParam("cancel") != null) {
            forms.spend(form);
            redirect(
                    ctx,
                    request.redirectUri(),
                    error("access_denied", "The user cancelled the sign-in"),
                    request.state());
            return;
        }
        String username = ctx.formParam("username");
        String address = ctx.ip();
        Optional<SignInThrottle.Refusal> refused = throttle.begin(username, address);
        if (refused.isPresent()) {
            ctx.header("Retry-After", Long.toString(seconds(refused.get().retryAfter())));
            HtmlResponses.send(ctx, 429, LoginPage.form(formValue, username, tooMany(refused.get())));
            return;
        }
        StoredUser user =
                users.authenticate(username, ctx.formParam("password")).orElse(null);
        if (user == null) {
            Optional<SignInThrottle.Refusal> next = throttle.failed(username, address, users.exists(username));
            HtmlResponses.send(
                    ctx,
                    401,
                    LoginPage.form(
                            formValue,
                            username,
                            WRONG_CREDENTIALS + next.map(r -> ". " + tooMany(r)).orElse("")));
            return;
        }
        throttle.succeeded(username, address);
        if (!forms.spend(form)) {
            // Another tab used this form in the meantime.
            HtmlResponses.send(ctx, 400, LoginPage.error(LoginForms.USED));
            return;
        }
        redirect(ctx, request.redirectUri(), Map.of("code", grants.newCode(user.id(), request)), request.state());
    }

    /** The form's message for a refused attempt: says that and for how long, never which part was wrong. */
    static String tooMany(SignInThrottle.Refusal refusal) {
        long s = seconds(refusal.retryAfter());
        String wait = s >= 120 ? ((s + 59) / 60) + " minutes" : s + (s == 1 ? " second" : " seconds");
        return refusal.locked()
                ? "Sign-in is locked for this user name or from this address after too many failed attempts; try"
                        + " again in " + wait + "."
                : "Too many failed attempts for this user name or from this address; wait " + wait
                        + " before trying again.";
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    private static Map<String, String> error(String code, String description) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("error", code);
        m.put("error_description", description);
        return m;
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
