package eu.eucaim.workstation.client.connection;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where the EUCAIM platform's services are (each editable in Settings).
 *
 * @param catalogue  the public catalogue's MOLGENIS EMX2 server, e.g. {@code https://catalogue.eucaim.cancerimage.eu}
 * @param schema     the EMX2 schema that holds the catalogue, e.g. {@code Eucaim}
 * @param explorer   the explorer's Spot, e.g. {@code https://explorer.eucaim.cancerimage.eu/backend/}
 * @param negotiator the Negotiator's site; its API is under {@code /api}
 * @param helpdesk   the helpdesk (Zammad); its API is under {@code /api/v1}
 * @param issuer     the OpenID provider the platform's services trust (LS-AAI)
 * @param sites      the Beam sites the explorer's Spot asks, by name (Spot has no API that lists them)
 */
public record PlatformAddresses(
        URI catalogue, String schema, URI explorer, URI negotiator, URI helpdesk, URI issuer, List<String> sites) {
    public PlatformAddresses {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(explorer, "explorer");
        Objects.requireNonNull(negotiator, "negotiator");
        Objects.requireNonNull(helpdesk, "helpdesk");
        Objects.requireNonNull(issuer, "issuer");
        sites = List.copyOf(sites);
    }

    /** {@code base} + {@code path}, with exactly one slash between them. */
    static URI under(URI base, String path) {
        String s = base.toString().replaceAll("/+$", "");
        return URI.create(s + "/" + path.replaceAll("^/+", ""));
    }
}
