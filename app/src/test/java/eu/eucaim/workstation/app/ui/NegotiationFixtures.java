package eu.eucaim.workstation.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.NewRequest;
import eu.eucaim.workstation.api.negotiation.ResourceRef;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.client.negotiation.HttpNegotiationClient;
import eu.eucaim.workstation.node.EucaimNode;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Negotiations made over HTTP for the Negotiations tab's UI tests, as the demo users make them. */
final class NegotiationFixtures {
    private NegotiationFixtures() {}

    /** {@code user}'s Negotiator client on {@code node}, signed in for real. */
    static HttpNegotiationClient client(EucaimNode node, String user) throws Exception {
        return new HttpNegotiationClient(
                ClientConfig.of(URI.create(node.baseUri() + "/api")), RealSignIn.as(node.baseUri(), user));
    }

    /** A negotiation of {@code datasets}, with EUCAIM's form filled in, submitted by the researcher: its id. */
    static String submitted(EucaimNode node, String humanReadable, List<Dataset> datasets) throws Exception {
        var researcher = client(node, "researcher");
        String requestId = researcher
                .createRequest(new NewRequest(
                        node.baseUri().toString(),
                        humanReadable,
                        datasets.stream()
                                .map(d -> new ResourceRef(d.id(), d.title()))
                                .toList()))
                .get(20, TimeUnit.SECONDS)
                .id();
        JsonNode payload = Json.mapper()
                .readTree(NegotiationFixtures.class.getResourceAsStream("/negotiation/complete-payload.json"));
        String id = researcher
                .createNegotiation(requestId, payload, true)
                .get(20, TimeUnit.SECONDS)
                .id();
        researcher.fire(id, "SUBMIT").get(20, TimeUnit.SECONDS);
        return id;
    }

    /** The first dataset of negotiation {@code id} the steward represents: the one whose events the node offers. */
    static String stewardsDataset(EucaimNode node, String id) throws Exception {
        return client(node, "steward").resources(id).get(20, TimeUnit.SECONDS).stream()
                .filter(r -> r._links() != null && r._links().containsKey("MARK_AS_CHECKING_AVAILABILITY"))
                .map(NegotiationResource::sourceId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * The researcher's negotiation of {@code datasets} and {@code pending}, approved, each of {@code datasets} made
     * available to them (RESOURCE_MADE_AVAILABLE) by its representative: the committee (admin), or the steward for
     * their own. {@code pending} stays open, so the negotiation runs on (once every dataset has reached an end it
     * concludes by itself, as upstream's, and the access it gave ends).
     */
    static String granted(EucaimNode node, List<Dataset> datasets, Dataset pending) throws Exception {
        List<Dataset> all = new java.util.ArrayList<>(datasets);
        all.add(pending);
        String id = submitted(node, "Images to view", all);
        var admin = client(node, "admin");
        var steward = client(node, "steward");
        var researcher = client(node, "researcher");
        admin.fire(id, "APPROVE").get(20, TimeUnit.SECONDS);
        for (Dataset d : datasets) {
            for (String event : List.of(
                    "MARK_AS_CHECKING_AVAILABILITY",
                    "MARK_AS_AVAILABLE",
                    "INDICATE_ACCESS_CONDITIONS",
                    "ACCEPT_ACCESS_CONDITIONS",
                    "GRANT_ACCESS_TO_RESOURCE")) {
                if (event.equals("ACCEPT_ACCESS_CONDITIONS")) {
                    researcher.fireOnResource(id, d.id(), event).get(20, TimeUnit.SECONDS);
                    continue;
                }
                try {
                    admin.fireOnResource(id, d.id(), event).get(20, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException notTheCommittees) {
                    steward.fireOnResource(id, d.id(), event).get(20, TimeUnit.SECONDS);
                }
            }
        }
        return id;
    }
}
