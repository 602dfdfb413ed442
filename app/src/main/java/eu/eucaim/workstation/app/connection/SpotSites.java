package eu.eucaim.workstation.app.connection;

import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.spot.FederationSite;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded node as the demo federation's Spot, as the EUCAIM explorer's Spot is the platform's: it federates
 * itself ({@code node-1}) and the federation's other nodes ({@code node-2}, {@code node-3}), and the Query tab asks
 * them all through its {@code /beam}. The Beam site names are those of the nodes' seeds.
 */
final class SpotSites {
    private final EucaimNode spot;
    private final long ownSeed;
    private final Map<String, String> siteByEndpoint = new ConcurrentHashMap<>();

    SpotSites(EucaimNode spot, long ownSeed) {
        this.spot = spot;
        this.ownSeed = ownSeed;
        federate(List.of());
    }

    /** The live map the backend routes by: provider endpoint → site name. */
    Map<String, String> siteByEndpoint() {
        return siteByEndpoint;
    }

    /**
     * Makes the node's Spot ask itself and {@code members} (the federation's nodes, in seed order from 2), and gives
     * {@code members} back: called each time the Query tab asks for its providers, so a federation restarted for
     * another issuer is federated again.
     */
    List<QueryProvider> federate(List<QueryProvider> members) {
        List<FederationSite> sites = new ArrayList<>();
        sites.add(site(ownSeed, spot.baseUri()));
        for (int i = 0; i < members.size(); i++) {
            long seed = i < DemoFederation.SEEDS.size() ? DemoFederation.SEEDS.get(i) : ownSeed + 1 + i;
            sites.add(site(seed, members.get(i).endpoint()));
        }
        spot.spot().federate(sites);
        // Put the new, then drop the gone: a query routing meanwhile never misses a site that stays.
        Map<String, String> now = new java.util.HashMap<>();
        sites.forEach(s -> now.put(s.endpoint().toString(), s.name()));
        siteByEndpoint.putAll(now);
        siteByEndpoint.keySet().retainAll(now.keySet());
        return members;
    }

    private static FederationSite site(long seed, URI endpoint) {
        return new FederationSite("node-" + seed, endpoint);
    }
}
