package eu.eucaim.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eucaim query} against two real nodes on loopback (the second trusts the first), plus a dead port. */
class QueryCommandTest {
    @TempDir
    static Path temp;

    static EucaimNode first;
    static EucaimNode second;
    static String token;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        first = EucaimNode.start(NodeConfig.defaults(temp, 41).withDatasetCount(3));
        second = EucaimNode.start(
                NodeConfig.defaults(temp, 42).withDatasetCount(3).withTrustedIssuers(List.of(first.baseUri())));
        token = RealSignIn.as(first.baseUri(), "researcher").accessToken();
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsTheReportJsonAndExitsZeroWhenOneAnswers() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        int exit = run(
                "query",
                "--token",
                token,
                "--provider",
                first.baseUri().toString(),
                "--provider",
                second.baseUri() + "/api/federated-search",
                "--provider",
                "http://127.0.0.1:" + deadPort,
                "--gender",
                "female",
                "--gender",
                "male",
                "--modality",
                "ct",
                "--diagnosis",
                "lung",
                "--age",
                "40-85",
                "--year",
                "2000-",
                "--json");
        assertThat(exit).as(err.toString()).isZero();
        JsonNode report = Json.mapper().readTree(out.toString());
        assertThat(report.path("schema").asInt()).isEqualTo(1);
        assertThat(report.path("query").path("parameters").asText())
                .isEqualTo(
                        "gender=female&gender=male&diagnosis=SNOMEDCT363358000&modality=CT&ageMin=40&ageMax=85&yearMin=2000");
        assertThat(report.path("query").path("description").asText()).contains("Lung cancer");
        JsonNode providers = report.path("providers");
        assertThat(providers).hasSize(3);
        assertThat(providers.get(0).path("status").asText()).isEqualTo("ANSWERED");
        assertThat(providers.get(1).path("status").asText()).isEqualTo("ANSWERED");
        assertThat(providers.get(2).path("status").asText()).isEqualTo("FAILED");
        assertThat(report.path("total").path("subjects_count").asLong())
                .isEqualTo(providers
                                .get(0)
                                .path("result")
                                .path("total")
                                .path("subjects_count")
                                .asLong()
                        + providers
                                .get(1)
                                .path("result")
                                .path("total")
                                .path("subjects_count")
                                .asLong());
        assertThat(err.toString()).contains("127.0.0.1:" + deadPort).contains("failed");
    }

    @Test
    void exitsOneWithTheFailuresWhenNobodyAnswers() {
        int exit = run(
                "query", "--token", "not-a-jwt", "--provider", first.baseUri().toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains(first.baseUri().toString()).contains("not a JWT");
    }

    @Test
    void badFiltersAreOneClearLine() {
        assertThat(run("query", "--token", token, "--provider", first.baseUri().toString(), "--age", "70-50"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--age 70-50");
        assertThat(run("query", "--token", token, "--provider", first.baseUri().toString(), "--modality", "XR"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--modality XR: expected one of");
    }
}
