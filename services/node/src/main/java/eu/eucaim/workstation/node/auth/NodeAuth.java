package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.node.http.AccessGuard;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.storage.BackgroundStep;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/** Sign-in for a node: creates the demo users and signing key on first start, and provides routes and guard. */
public final class NodeAuth {
    private static final String DEMO_USERS = "the demo users";
    private final Issuer issuer = new Issuer();
    private final List<ApiRoute> routes;
    private final AccessGuard guard;

    private final DataSource db;
    private final BackgroundStep demoUsers;

    private NodeAuth(DataSource db, Clock clock, List<TrustedIssuer> trustedIssuers, BackgroundStep demoUsers) {
        this.db = db;
        this.demoUsers = demoUsers;
        SigningKey key = SigningKey.loadOrCreate(db);
        UserStore users = new UserStore(db, demoUsers);
        Grants grants = new Grants(db, clock);
        TokenIssuer tokens = new TokenIssuer(key.privateKey(), issuer::value, clock);
        ExternalAccounts external = new ExternalAccounts(db, clock);
        this.routes = OidcRoutes.of(
                issuer,
                key,
                new AuthorizeEndpoint(
                        new LoginForms(NodeSecrets.loadOrCreate(db, "login-form"), clock),
                        new SignInThrottle(clock),
                        users,
                        grants),
                new TokenEndpoint(grants, users, tokens),
                users,
                external);
        TokenVerifier own = new NodeTokenVerifier(key.publicKeys(), issuer::value, grants::isRevoked);
        this.guard = new BearerAccessGuard(
                new IssuerRouter(
                        issuer::value,
                        own,
                        trustedIssuers.stream().map(TrustedIssuerVerifier::new).toList(),
                        external),
                issuer::value,
                new Memberships(db)::representedBiobanks);
    }

    /** Call after the demo data exists (the steward is linked to biobanks). */
    public static NodeAuth open(DataSource db) {
        return open(db, List.of());
    }

    /** @param trustedIssuers external OpenID Connect issuers whose access tokens are accepted too, with their settings */
    public static NodeAuth open(DataSource db, List<TrustedIssuer> trustedIssuers) {
        return open(db, Clock.systemUTC(), trustedIssuers);
    }

    /** With the clock that times forms, codes, tokens and password attempts (tests move it). */
    static NodeAuth open(DataSource db, Clock clock, List<TrustedIssuer> trustedIssuers) {
        DemoUsers.ensureInstalled(db);
        return new NodeAuth(db, clock, trustedIssuers, BackgroundStep.done(DEMO_USERS));
    }

    /**
     * Like {@link #open(DataSource, List)}, but the demo users (four password hashes, about a second of CPU) are
     * created later by {@link #installDemoUsers()}, after the node listens; sign-ins wait for them.
     */
    public static NodeAuth openWithDemoUsersLater(DataSource db, List<TrustedIssuer> trustedIssuers) {
        return new NodeAuth(db, Clock.systemUTC(), trustedIssuers, new BackgroundStep(DEMO_USERS));
    }

    /** Creates the demo users unless they exist (the work {@link #openWithDemoUsersLater} left for later). */
    public void installDemoUsers() {
        if (!demoUsers.isDone()) {
            demoUsers.run(() -> DemoUsers.ensureInstalled(db));
        }
    }

    /** The node closed before {@link #installDemoUsers()} ran: sign-ins say so instead of waiting. */
    public void abandonDemoUsers() {
        if (!demoUsers.isDone()) {
            demoUsers.abandon("The node closed before it created the demo users");
        }
    }

    public List<ApiRoute> routes() {
        return routes;
    }

    public AccessGuard guard() {
        return guard;
    }

    /** The issuer is the node's base URI, known once the server listens; call before serving the first request. */
    public void started(URI baseUri) {
        issuer.set(baseUri);
    }
}
