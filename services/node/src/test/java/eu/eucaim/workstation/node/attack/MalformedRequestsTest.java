package eu.eucaim.workstation.node.attack;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.error.ErrorBody;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed and misaddressed requests on a real node (issue 14, items 5, 6 and 8): each gets a 4xx with the node's
 * error JSON, never a 500 and never a body read that the route does not take.
 */
class MalformedRequestsTest {
    @TempDir
    static Path temp;

    static EucaimNode node;
    static URI base;

    @BeforeAll
    static void start() {
        node = EucaimNode.start(NodeConfig.defaults(temp, 12).withDatasetCount(2));
        base = node.baseUri();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static String post(String path, String contentType, String body) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    }

    private static ErrorBody error(RawHttp.Answer a) throws Exception {
        return Json.mapper().readValue(a.body(), ErrorBody.class);
    }

    @Test
    void anUnknownCharsetIs400() throws Exception {
        RawHttp.Answer a = RawHttp.send(
                base,
                post(
                        "/oauth2/token",
                        "application/x-www-form-urlencoded; charset=no-such-charset",
                        "grant_type=refresh_token&refresh_token=x"));
        assertThat(a.status()).isEqualTo(400);
        assertThat(error(a).message()).contains("no-such-charset");
    }

    @Test
    void aBrokenChunkSizeIs4xxWithTheErrorJson() throws Exception {
        RawHttp.Answer a = RawHttp.send(
                base,
                "POST /oauth2/token HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "zz\r\nabc\r\n0\r\n\r\n");
        assertThat(a.status()).isBetween(400, 499);
        assertThat(a.head()).containsIgnoringCase("Content-Type: application/json");
        assertThat(error(a).error()).isNotBlank();
    }

    @Test
    void aMultipartBodyWhereNoneIsTakenIsRefusedBeforeItIsRead() throws Exception {
        // 20 MB to the login form, which takes small forms only: refused from the headers, nothing written to disk.
        String boundary = "b0undary";
        int size = 20 * 1024 * 1024;
        String head = "POST /oauth2/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + size
                + "\r\n\r\n";
        long start = System.nanoTime();
        RawHttp.Answer a = RawHttp.send(base, head + "--" + boundary + "\r\n");
        assertThat(a.status()).isEqualTo(415);
        assertThat(error(a).error()).isEqualTo("unsupported_media_type");
        assertThat((System.nanoTime() - start) / 1_000_000)
                .as("answered without waiting for 20 MB")
                .isLessThan(5000);
        try (var files = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("MultiPart")))
                    .as("multipart parts spilled to disk")
                    .isEmpty();
        }
    }

    @Test
    void aNameThatIsNotTheNodesIs421() throws Exception {
        RawHttp.Answer a = RawHttp.send(
                base,
                "GET /api/health HTTP/1.1\r\nHost: rebound.example:" + base.getPort()
                        + "\r\nConnection: close\r\n\r\n");
        assertThat(a.status()).isEqualTo(421);
        assertThat(error(a).message()).contains("rebound.example");
        for (String ok : new String[] {"127.0.0.1", "localhost", "[::1]"}) {
            RawHttp.Answer fine = RawHttp.send(
                    base,
                    "GET /api/health HTTP/1.1\r\nHost: " + ok + ":" + base.getPort() + "\r\nConnection: close\r\n\r\n");
            assertThat(fine.status()).as(ok).isEqualTo(200);
        }
        RawHttp.Answer unknownPath =
                RawHttp.send(base, "GET /no/such/path HTTP/1.1\r\nHost: rebound.example\r\nConnection: close\r\n\r\n");
        assertThat(unknownPath.status()).as("even a path that does not exist").isEqualTo(421);
    }

    @Test
    void aFormPostedFromAnotherSiteIs403AndFromTheNodesOwnPageGoesThrough() throws Exception {
        String form = "request=x&username=researcher&password=researcher";
        String crossSite = "POST /oauth2/authorize HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort()
                + "\r\nOrigin: https://attacker.example\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n"
                + form;
        RawHttp.Answer refused = RawHttp.send(base, crossSite);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(error(refused).error()).isEqualTo("cross_origin");
        RawHttp.Answer opaque = RawHttp.send(base, crossSite.replace("https://attacker.example", "null"));
        assertThat(opaque.status()).as("a sandboxed frame's opaque origin").isEqualTo(403);
        RawHttp.Answer own =
                RawHttp.send(base, crossSite.replace("https://attacker.example", "http://127.0.0.1:" + base.getPort()));
        assertThat(own.status())
                .as("the node's own login page posts (an unknown request: 400, not 403)")
                .isNotEqualTo(403);
    }
}
