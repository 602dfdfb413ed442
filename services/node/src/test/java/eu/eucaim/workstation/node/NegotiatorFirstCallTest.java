package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.node.auth.ProviderClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's first calls to the Negotiator, made at once (the app's panels ask for {@code userinfo} together after
 * sign-in), make one person: none of them fails because another made the person first. Found by signing in to the
 * app: a 500 "Unique index or primary key violation" on {@code GET /api/v3/userinfo}.
 */
class NegotiatorFirstCallTest {
    private static final int AT_ONCE = 8;

    @TempDir
    Path dir;

    @Test
    void firstCallsAtOnceAllSucceedAndMakeOnePerson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ExecutorService callers = Executors.newFixedThreadPool(AT_ONCE);
        try (EucaimNode node = EucaimNode.start(NodeConfig.defaults(dir, 1))) {
            URI base = node.baseUri();
            ProviderClient client = new ProviderClient(base);
            for (String user : List.of("researcher", "steward", "admin", "agent")) {
                String token = client.login(user).accessToken();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<TestHttp.Response>> calls = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    calls.add(callers.submit(() -> {
                        go.await(10, TimeUnit.SECONDS);
                        return V3Calls.send(base, "GET", "/api/v3/userinfo", token, null);
                    }));
                }
                go.countDown();
                List<String> ids = new ArrayList<>();
                for (Future<TestHttp.Response> call : calls) {
                    TestHttp.Response r = call.get(30, TimeUnit.SECONDS);
                    assertThat(r.status()).as(user + ": " + r.body()).isEqualTo(200);
                    JsonNode info = json.readTree(r.body());
                    ids.add(info.path("id").asText());
                }
                assertThat(ids).as(user + "'s person").hasSize(AT_ONCE).containsOnly(ids.get(0));
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
