package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.node.auth.ProviderClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes with different seeds on loopback: for 60 random filter combinations per node, the whole answer of
 * {@code GET /api/federated-search} (every count, age range and value list) equals a brute-force count in Java
 * over that node's cohort rows.
 */
class FederatedSearchCountsTest {
    static final int COMBINATIONS = 60;

    @TempDir
    static Path temp;

    static final List<EucaimNode> NODES = new ArrayList<>();

    @BeforeAll
    static void start() {
        for (long seed = 11; seed <= 13; seed++) {
            NODES.add(EucaimNode.start(NodeConfig.defaults(temp, seed).withDatasetCount(8)));
        }
    }

    @AfterAll
    static void stop() {
        NODES.forEach(EucaimNode::close);
    }

    @Test
    void everyCountEqualsABruteForceCountOverTheCohort() throws Exception {
        Random random = new Random(20261125);
        int nonEmpty = 0;
        int empty = 0;
        for (EucaimNode node : NODES) {
            CohortOracle oracle = CohortOracle.read(node.dataSource());
            assertThat(oracle.studyCount()).isPositive();
            ProviderClient client = new ProviderClient(node.baseUri());
            String token = client.login("researcher").accessToken();
            assertThat(answer(client, token, CohortQuery.any())).isEqualTo(oracle.expected(CohortQuery.any()));
            for (int i = 0; i < COMBINATIONS; i++) {
                CohortQuery q = CohortOracle.randomQuery(random);
                FederatedSearchResponse expected = oracle.expected(q);
                assertThat(answer(client, token, q))
                        .as("seed %s, %s", node.config().seed(), q)
                        .isEqualTo(expected);
                if (expected.total().subjectsCount() > 0) {
                    nonEmpty++;
                } else {
                    empty++;
                }
            }
        }
        // The combinations must exercise real matches, not only empty answers.
        assertThat(nonEmpty).isGreaterThan(COMBINATIONS);
        assertThat(empty).isPositive();
    }

    @Test
    void differentSeedsHoldDifferentCohorts() {
        List<FederatedSearchResponse> all = new ArrayList<>();
        for (EucaimNode node : NODES) {
            ProviderClient client = new ProviderClient(node.baseUri());
            all.add(answer(client, client.login("researcher").accessToken(), CohortQuery.any()));
        }
        assertThat(all.get(0)).isNotEqualTo(all.get(1));
        assertThat(all.get(1)).isNotEqualTo(all.get(2));
    }

    static FederatedSearchResponse answer(ProviderClient client, String token, CohortQuery q) {
        ProviderClient.Answer a = client.get("/api/federated-search" + CohortOracle.queryString(q), token);
        assertThat(a.status()).as("%s → %s", q, a.body()).isEqualTo(200);
        return a.json(FederatedSearchResponse.class);
    }
}
