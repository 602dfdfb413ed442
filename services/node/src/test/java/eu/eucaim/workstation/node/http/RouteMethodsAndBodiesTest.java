package eu.eucaim.workstation.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.error.ErrorBody;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every method reaches its route behind the guard, HEAD included, and a route refuses bodies it does not take. */
class RouteMethodsAndBodiesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private ApiServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start(List<ApiRoute> routes) {
        server = ApiServer.start("127.0.0.1", 0, routes, AccessGuard.PUBLIC_ONLY);
    }

    private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String contentType)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return send(method, path, HttpRequest.BodyPublishers.noBody(), null);
    }

    private static ErrorBody error(HttpResponse<String> r) throws Exception {
        return Json.mapper().readValue(r.body(), ErrorBody.class);
    }

    @Test
    void putPatchAndDeleteReachTheirHandlersWithTheCaller() throws Exception {
        RequestBody json = RequestBody.json(1024);
        start(List.of(
                ApiRoute.put(
                        "/x/{id}",
                        Access.PUBLIC,
                        json,
                        (ctx, caller) -> handled.add("put " + ctx.pathParam("id") + " " + ctx.body() + " " + caller)),
                ApiRoute.patch("/x/{id}", Access.PUBLIC, json, (ctx, caller) -> handled.add("patch " + ctx.body())),
                ApiRoute.delete("/x/{id}", Access.PUBLIC, (ctx, caller) -> {
                    handled.add("delete " + ctx.pathParam("id"));
                    ctx.status(204);
                })));
        assertThat(send("PUT", "/x/1", HttpRequest.BodyPublishers.ofString("{\"a\":1}"), "application/json")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("PATCH", "/x/1", HttpRequest.BodyPublishers.ofString("{\"b\":2}"), "application/json")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("DELETE", "/x/1").statusCode()).isEqualTo(204);
        assertThat(send("POST", "/x/1").statusCode()).isEqualTo(405);
        assertThat(handled).containsExactly("put 1 {\"a\":1} Caller[anonymous]", "patch {\"b\":2}", "delete 1");
    }

    @Test
    void headIsCheckedAsGetIs() throws Exception {
        start(List.of(
                ApiRoute.get("/open", Access.PUBLIC, (ctx, caller) -> ctx.json(List.of("ok"))),
                ApiRoute.get("/admin", Access.role("admin"), (ctx, caller) -> ctx.json(List.of("secret")))));
        HttpResponse<String> open = send("HEAD", "/open");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).isEmpty();
        HttpResponse<String> admin = send("HEAD", "/admin");
        assertThat(admin.statusCode())
                .as("HEAD on a protected route goes through the guard")
                .isEqualTo(401);
    }

    @Test
    void aBodyOnARouteThatTakesNoneIsRefusedBeforeTheHandler() throws Exception {
        start(List.of(
                ApiRoute.post("/none", Access.PUBLIC, RequestBody.NONE, (ctx, caller) -> handled.add("ran")),
                ApiRoute.get("/get", Access.PUBLIC, (ctx, caller) -> handled.add("ran"))));
        HttpResponse<String> post = send("POST", "/none", HttpRequest.BodyPublishers.ofString("x"), "text/plain");
        assertThat(post.statusCode()).isEqualTo(415);
        assertThat(error(post)).isEqualTo(new ErrorBody("unsupported_media_type", "POST /none takes no request body"));
        assertThat(send("GET", "/get", HttpRequest.BodyPublishers.ofString("{}"), "application/json")
                        .statusCode())
                .isEqualTo(415);
        assertThat(send("POST", "/none").statusCode()).isEqualTo(200);
        assertThat(handled).containsExactly("ran");
    }

    @Test
    void anotherContentTypeIsRefusedNamingWhatTheRouteTakes() throws Exception {
        start(List.of(ApiRoute.post(
                "/form", Access.PUBLIC, RequestBody.form(1024), (ctx, caller) -> handled.add(ctx.formParam("a")))));
        HttpResponse<String> multipart =
                send("POST", "/form", HttpRequest.BodyPublishers.ofString("--b--"), "multipart/form-data; boundary=b");
        assertThat(multipart.statusCode()).isEqualTo(415);
        assertThat(error(multipart).message())
                .isEqualTo("POST /form takes application/x-www-form-urlencoded, not multipart/form-data; boundary=b");
        assertThat(send("POST", "/form", HttpRequest.BodyPublishers.ofString("a=1"), null)
                        .statusCode())
                .as("a body without a Content-Type")
                .isEqualTo(415);
        assertThat(send(
                                "POST",
                                "/form",
                                HttpRequest.BodyPublishers.ofString("a=1"),
                                "application/x-www-form-urlencoded; charset=UTF-8")
                        .statusCode())
                .isEqualTo(200);
        assertThat(handled).containsExactly("1");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        start(List.of(ApiRoute.post(
                "/small", Access.PUBLIC, RequestBody.json(16), (ctx, caller) -> handled.add(ctx.body()))));
        HttpResponse<String> big = send(
                "POST",
                "/small",
                HttpRequest.BodyPublishers.ofString("{\"a\":\"0123456789abcdef\"}"),
                "application/json");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(error(big))
                .isEqualTo(new ErrorBody(
                        "payload_too_large", "The request body is 24 bytes; POST /small takes at most 16"));
        assertThat(handled).isEmpty();
    }

    @Test
    void aBodyWithoutALengthIsRefused() throws Exception {
        start(List.of(ApiRoute.post(
                "/small", Access.PUBLIC, RequestBody.json(16), (ctx, caller) -> handled.add(ctx.body()))));
        HttpResponse<String> chunked = send(
                "POST",
                "/small",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes())),
                "application/json");
        assertThat(chunked.statusCode()).isEqualTo(411);
        assertThat(error(chunked).error()).isEqualTo("length_required");
        assertThat(handled).isEmpty();
    }

    @Test
    void aRouteTableThatContradictsItselfIsRefusedAtOnce() {
        assertThatThrownBy(() -> new ApiRoute(
                        io.javalin.http.HandlerType.GET,
                        "/x",
                        Access.PUBLIC,
                        RequestBody.json(10),
                        (ctx, caller) -> {},
                        null))
                .hasMessageContaining("takes no request body");
        assertThatThrownBy(() -> ApiRoute.idempotent(
                        io.javalin.http.HandlerType.GET,
                        "/x",
                        Access.PUBLIC,
                        RequestBody.NONE,
                        (ctx, caller) -> Reply.ok(1)))
                .hasMessageContaining("has no Idempotency-Key");
        assertThatThrownBy(() -> ApiServer.start(
                        "127.0.0.1",
                        0,
                        List.of(ApiRoute.create(
                                "/c", Access.PUBLIC, RequestBody.json(10), (ctx, caller) -> Reply.created(null, 1))),
                        AccessGuard.PUBLIC_ONLY))
                .hasMessageContaining("Idempotency");
    }

    @Test
    void aJsonBodyThatIsNotWhatTheRouteTakesIs400NotA500() throws Exception {
        record Named(String name) {}
        start(List.of(ApiRoute.post(
                "/named",
                Access.PUBLIC,
                RequestBody.json(1024),
                (ctx, caller) -> handled.add(JsonBody.read(ctx, Named.class).name()))));
        HttpResponse<String> broken =
                send("POST", "/named", HttpRequest.BodyPublishers.ofString("{\"name\":"), "application/json");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(error(broken).message()).startsWith("The request body of POST /named is not what it takes: ");
        assertThat(send("POST", "/named", HttpRequest.BodyPublishers.ofString("null"), "application/json")
                        .statusCode())
                .isEqualTo(400);
        assertThat(error(send("POST", "/named", HttpRequest.BodyPublishers.noBody(), "application/json"))
                        .message())
                .isEqualTo("POST /named needs a JSON request body");
        assertThat(send("POST", "/named", HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"), "application/json")
                        .statusCode())
                .isEqualTo(200);
        assertThat(handled).containsExactly("x");
    }

    @Test
    void aBodyReadWholeEndsThereHoweverLongTheReaderPausesBeforeLookingForItsEnd() throws Exception {
        // Jetty measured a body's rate again on the read that finds its end: a 2-byte body whose reader paused
        // 3 ms (a collection on a busy machine) was cut off with 408 as if it had trickled in.
        start(List.of(ApiRoute.patch("/marks", Access.PUBLIC, RequestBody.json(64), (ctx, caller) -> {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64];
            int first = in.read(buffer);
            Thread.sleep(300);
            int end = in.read(buffer);
            handled.add(first + " then " + end + ", Javalin reads " + ctx.body().length());
        })));
        HttpResponse<String> r = send("PATCH", "/marks", HttpRequest.BodyPublishers.ofString("[]"), "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(handled).containsExactly("2 then -1, Javalin reads 0");
    }

    @Test
    void aBodyThatTricklesIsStillCutOffWith408() throws Exception {
        start(List.of(ApiRoute.post(
                "/slow", Access.PUBLIC, RequestBody.json(1024), (ctx, caller) -> handled.add(ctx.body()))));
        try (Socket s = postPartly("/slow", 400, "[1,")) {
            OutputStream out = s.getOutputStream();
            Thread.sleep(1500);
            out.write('2');
            out.flush();
            String status =
                    new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).isEqualTo("HTTP/1.1 408 Request Timeout");
        }
        assertThat(handled).isEmpty();
    }

    @Test
    void aBodyCutShortOfItsLengthIsAClientErrorAndNeverReachesTheHandlerWhole() throws Exception {
        start(List.of(ApiRoute.post(
                "/cut", Access.PUBLIC, RequestBody.json(1024), (ctx, caller) -> handled.add(ctx.body()))));
        try (Socket s = postPartly("/cut", 10, "[1,")) {
            s.shutdownOutput();
            String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(reply)
                    .startsWith("HTTP/1.1 400")
                    .contains(
                            "The request POST /cut could not be read: the body ended after 3 of the 10 bytes it said");
        }
        assertThat(handled).isEmpty();
    }

    /** A raw connection that has sent a JSON POST's headers, saying {@code length}, and {@code sent} of its body. */
    private Socket postPartly(String path, int length, String sent) throws Exception {
        Socket s = new Socket("127.0.0.1", server.port());
        s.setSoTimeout(10_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + length + "\r\n\r\n" + sent)
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }
}
