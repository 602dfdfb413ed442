package eu.eucaim.workstation.app.settings;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the EUCAIM platform's services are, as stored in {@code settings.json}; each editable in Settings. Missing
 * fields (an older file) come back as null and are filled with the platform's addresses by {@link #normalised()}.
 *
 * @param catalogue  the public catalogue's MOLGENIS EMX2 server
 * @param schema     the EMX2 schema holding the catalogue
 * @param explorer   the explorer's Spot (behind its oauth2-proxy)
 * @param negotiator the Negotiator's site (its API is {@code /api} below it)
 * @param helpdesk   the helpdesk (Zammad)
 * @param issuer     the OpenID provider the platform trusts (LS-AAI)
 * @param sites      the Beam sites the explorer's Spot asks (it has no API that lists them)
 */
public record PlatformSettings(
        String catalogue,
        String schema,
        String explorer,
        String negotiator,
        String helpdesk,
        String issuer,
        List<String> sites) {
    /**
     * The platform's addresses. Catalogue, explorer and LS-AAI: PROTOCOLS.md and the explorer's own configuration
     * (samply/eucaim-frontend {@code src/services/backend.service.ts}); Negotiator and helpdesk: the EUCAIM
     * architecture's list of the platform's services (negotiator.eucaim.cancerimage.eu, its API at {@code /api};
     * helpdesk.eucaim.cancerimage.eu). The sites are those the explorer named when it still listed them.
     */
    public static PlatformSettings defaults() {
        return new PlatformSettings(
                "https://catalogue.eucaim.cancerimage.eu",
                "Eucaim",
                "https://explorer.eucaim.cancerimage.eu/backend/",
                "https://negotiator.eucaim.cancerimage.eu",
                "https://helpdesk.eucaim.cancerimage.eu",
                "https://login.aai.lifescience-ri.eu/oidc/",
                List.of("chaimeleon", "procanceri"));
    }

    public PlatformSettings normalised() {
        PlatformSettings d = defaults();
        return new PlatformSettings(
                or(catalogue, d.catalogue),
                or(schema, d.schema),
                or(explorer, d.explorer),
                or(negotiator, d.negotiator),
                or(helpdesk, d.helpdesk),
                or(issuer, d.issuer),
                sites == null
                        ? d.sites
                        : sites.stream()
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .toList());
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value.strip();
    }

    /** A Beam site name: one label of a Beam address ({@code focus.<site>.broker…}). */
    private static final Pattern SITE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");

    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z][A-Za-z0-9_ ]*");

    /** Empty when every field is usable, otherwise the first problem, naming the field and what it expects. */
    public Optional<String> problem() {
        Optional<String> p = address("Catalogue", catalogue, "https://catalogue.eucaim.cancerimage.eu");
        if (p.isEmpty() && (schema == null || !SCHEMA.matcher(schema.strip()).matches())) {
            p = Optional.of("Catalogue schema: enter the name of the EMX2 schema that holds the catalogue, e.g. Eucaim"
                    + " (a letter, then letters, digits, spaces or _).");
        }
        p = p.or(() -> address("Explorer", explorer, "https://explorer.eucaim.cancerimage.eu/backend/"))
                .or(() -> address("Negotiator", negotiator, "https://negotiator.eucaim.cancerimage.eu"))
                .or(() -> address("Helpdesk", helpdesk, "https://helpdesk.eucaim.cancerimage.eu"))
                .or(() -> address("LS-AAI (sign-in provider)", issuer, "https://login.aai.lifescience-ri.eu/oidc/"));
        return p.or(this::sitesProblem);
    }

    private Optional<String> sitesProblem() {
        List<String> named = sites == null ? List.of() : sites;
        if (named.isEmpty()) {
            return Optional.of("Explorer sites: name at least one site the explorer asks, e.g. chaimeleon.");
        }
        return named.stream()
                .filter(s -> !SITE.matcher(s).matches())
                .findFirst()
                .map(s -> "Explorer sites: '" + s + "' is not a site name (letters, digits and - only, one per line"
                        + " or comma-separated).");
    }

    /**
     * The problem of one address field: a usable URL ({@link NodeUrls}), and https unless it is this computer (a
     * test server): the platform's services take the user's tokens and session.
     */
    static Optional<String> address(String field, String text, String example) {
        if (text == null || text.isBlank()) {
            return Optional.of(field + ": enter its address, e.g. " + example);
        }
        Optional<String> bad = NodeUrls.problem(text);
        if (bad.isPresent()) {
            return Optional.of(field + ": " + bad.get());
        }
        URI uri = URI.create(text.strip());
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !loopback(uri.getHost())) {
            return Optional.of(field + ": the address must start with https:// (plain http only for this computer,"
                    + " e.g. http://127.0.0.1:8080), e.g. " + example);
        }
        return Optional.empty();
    }

    static boolean loopback(String host) {
        return host != null
                && (host.equalsIgnoreCase("localhost")
                        || host.equals("[::1]")
                        || host.equals("::1")
                        || host.startsWith("127."));
    }
}
