package eu.eucaim.workstation.client.query;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.ast.AstJson;
import eu.eucaim.workstation.api.query.ast.AstRequest;
import eu.eucaim.workstation.api.query.ast.FocusAst;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.LoopbackServer;
import eu.eucaim.workstation.client.LoopbackServer.Answer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What goes on the wire to a provider in each of focus's two forms, against a real HTTP server on loopback. */
class FederatedSearchClientWireTest {
    static final CohortQuery QUERY =
            new CohortQuery(List.of("female"), null, List.of("MR", "CT"), null, List.of("Siemens"), 40, 70, 2015, null);

    /** CHAIMELEON's reply (dataset-service RESTServer.py): collections only, "modality" not "modalities". */
    static final String CHAIMELEON_REPLY =
            "{\"collections\": [{\"id\": \"d1\", \"name\": \"One\", \"studies_count\": 5,"
                    + " \"subjects_count\": 3, \"age_range\": {\"min\": 41, \"max\": 69}, \"gender\": [\"F\"],"
                    + " \"modality\": [\"MR\"], \"body_parts\": [\"BREAST\"], \"description\": \"\"},"
                    + " {\"id\": \"d2\", \"name\": \"Two\", \"studies_count\": 7, \"subjects_count\": 2, \"age_range\": 0,"
                    + " \"gender\": [], \"modality\": [\"CT\"], \"body_parts\": [], \"description\": \"\"}]}";

    @Test
    void theAstGoesByPostPrettyPrintedAsFocusSendsIt() {
        try (LoopbackServer provider = LoopbackServer.start(r -> Answer.json(200, CHAIMELEON_REPLY))) {
            URI endpoint = provider.uri().resolve("/api/datasets/eucaimSearch");
            FederatedSearchClient client =
                    new FederatedSearchClient(ClientConfig.of(endpoint), AccessTokenSource.fixed("t-1"));
            FederatedSearchResponse answer = client.search(QUERY).join();

            LoopbackServer.Received sent = provider.take();
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.path()).isEqualTo("/api/datasets/eucaimSearch");
            assertThat(sent.query()).isNull();
            assertThat(sent.header("Content-Type")).startsWith("application/json");
            assertThat(sent.header("Authorization")).isEqualTo("Bearer t-1");
            AstRequest ast = AstJson.read(sent.bodyText());
            assertThat(ast.ast()).isEqualTo(FocusAst.of(QUERY));
            assertThat(ast.id()).matches("[0-9a-f-]{36}");
            assertThat(sent.bodyText()).isEqualTo(FocusAst.json(QUERY, ast.id()));
            assertThat(client.url(QUERY).toString()).isEqualTo(endpoint.toString());
            // No total in the reply: summed from the collections; "modality" read as the modalities; CHAIMELEON's
            // age_range 0 (no ages known) as no range.
            assertThat(answer.total()).isEqualTo(new FederatedSearchResponse.Total(12, 5));
            assertThat(answer.collections().get(0).modalities()).containsExactly("MR");
            assertThat(answer.collections().get(1).ageRange())
                    .isEqualTo(new FederatedSearchResponse.AgeRange(null, null));
        }
    }

    @Test
    void anEndpointMarkedEucaimApiGetsTheQueryStringByGet() {
        String reply = "{\"collections\":[],\"total\":{\"studies_count\":0,\"subjects_count\":0}}";
        try (LoopbackServer provider = LoopbackServer.start(r -> Answer.json(200, reply))) {
            URI endpoint = URI.create(provider.uri().resolve("/search") + "#" + QueryProvider.EUCAIM_API);
            FederatedSearchClient client =
                    new FederatedSearchClient(ClientConfig.of(endpoint), AccessTokenSource.fixed("t-1"));
            assertThat(client.takesQueryParameters()).isTrue();
            client.search(QUERY).join();

            LoopbackServer.Received sent = provider.take();
            assertThat(sent.method()).isEqualTo("GET");
            assertThat(sent.path()).isEqualTo("/search");
            assertThat(sent.query())
                    .isEqualTo("gender=female&modality=MR&modality=CT&manufacturer=Siemens&ageMin=40&ageMax=70"
                            + "&yearMin=2015");
            assertThat(client.url(QUERY).toString())
                    .isEqualTo(provider.uri().resolve("/search?" + sent.query()).toString());
        }
    }

    @Test
    void theMarkerSurvivesABareNodeUrlAndNamesNoCatalogueTwice() {
        URI bare = URI.create("http://127.0.0.1:8101#" + QueryProvider.EUCAIM_API);
        URI endpoint = QueryProvider.endpoint(bare);
        assertThat(endpoint.toString()).isEqualTo("http://127.0.0.1:8101/api/federated-search#eucaim_api");
        assertThat(QueryProvider.takesQueryParameters(endpoint)).isTrue();
        assertThat(QueryProvider.of(endpoint).catalogueBase()).isEqualTo(URI.create("http://127.0.0.1:8101"));
        assertThat(QueryProvider.takesQueryParameters(QueryProvider.endpoint(URI.create("http://127.0.0.1:8101"))))
                .isFalse();
    }
}
