package eu.eucaim.workstation.client.query;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.ProviderStatus;
import eu.eucaim.workstation.client.CountingTokens;
import eu.eucaim.workstation.client.LoopbackServer;
import eu.eucaim.workstation.client.LoopbackServer.Answer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token a query sends, and a provider's 401, against a real HTTP server on loopback. */
class FederatedQueryAuthTest {
    private static final String ANSWER = "{\"collections\":[],\"total\":{\"studies_count\":0,\"subjects_count\":0}}";

    @Test
    void everyProviderGetsTheBearerTokenAndA401IsItsAnswerWithoutRenewalOrSecondAsk() {
        CountingTokens tokens = new CountingTokens("t-1", "t-2");
        try (LoopbackServer trusting = LoopbackServer.start(r -> Answer.json(200, ANSWER));
                LoopbackServer refusing = LoopbackServer.start(r -> Answer.json(
                        401, "{\"error\":\"unauthorized\",\"message\":\"The token's issuer is not trusted here\"}"))) {
            List<ProviderResult> results = new FederatedQuery(tokens, Duration.ofSeconds(10), "test")
                    .startAt(List.of(endpoint(trusting), endpoint(refusing)), CohortQuery.any(), r -> {})
                    .report()
                    .join()
                    .providers();

            assertThat(results)
                    .extracting(ProviderResult::status)
                    .containsExactly(ProviderStatus.ANSWERED, ProviderStatus.FAILED);
            assertThat(results.get(1).error()).isEqualTo("The token's issuer is not trusted here");
            assertThat(trusting.take().header("Authorization")).isEqualTo("Bearer t-1");
            assertThat(refusing.take().header("Authorization")).isEqualTo("Bearer t-1");
            assertThat(refusing.drain()).isEmpty();
            assertThat(tokens.renewals).hasValue(0);
        }
    }

    private static URI endpoint(LoopbackServer server) {
        return server.uri().resolve("/api/federated-search");
    }
}
