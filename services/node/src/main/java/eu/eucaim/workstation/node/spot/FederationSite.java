package eu.eucaim.workstation.node.spot;

import eu.eucaim.workstation.api.query.QueryProvider;
import java.net.URI;
import java.util.Objects;

/**
 * A site this node's Spot asks: its name in Beam addresses ({@code focus.<name>.broker.…}) and its provider endpoint,
 * which takes the Focus AST by {@code POST} (a bare node URL means that node's {@code /api/federated-search}).
 */
public record FederationSite(String name, URI endpoint) {
    public FederationSite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpoint, "endpoint");
        checkName(name);
        String scheme = endpoint.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("The site " + name + " needs an http(s) URL, got " + endpoint);
        }
        endpoint = QueryProvider.endpoint(endpoint);
    }

    /**
     * A site name is a label of a Beam app id: Lens and Spot read the site back as {@code from.split('.')[1]}, so a
     * dot (or anything else) would put another site's name on its results.
     *
     * @throws IllegalArgumentException saying what a site name is
     */
    static void checkName(String name) {
        if (name == null || !name.matches("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")) {
            throw new IllegalArgumentException("A site name is lower-case letters, digits and inner hyphens (a Beam"
                    + " address label, e.g. node-2), got '" + name + "'");
        }
    }
}
