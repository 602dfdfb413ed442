package eu.eucaim.workstation.node.http;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.error.ErrorBody;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiServerTest {
    private ApiServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFailingHandlerIs500JsonWithoutStackTrace() throws Exception {
        server = ApiServer.start(
                "127.0.0.1",
                0,
                List.of(ApiRoute.get("/boom", Access.PUBLIC, (ctx, caller) -> {
                    throw new IllegalStateException("secret internal detail");
                })),
                AccessGuard.PUBLIC_ONLY);
        HttpResponse<String> r = get("/boom");
        assertThat(r.statusCode()).isEqualTo(500);
        ErrorBody body = Json.mapper().readValue(r.body(), ErrorBody.class);
        assertThat(body.error()).isEqualTo("internal_error");
        assertThat(body.message())
                .contains("GET /boom")
                .doesNotContain("secret internal detail")
                .doesNotContain("at eu.");
    }

    @Test
    void aRouteThatNeedsARoleIsRefusedWithoutSignIn() throws Exception {
        server = ApiServer.start(
                "127.0.0.1",
                0,
                List.of(
                        ApiRoute.get("/open", Access.PUBLIC, (ctx, caller) -> ctx.json(List.of("ok"))),
                        ApiRoute.get("/admin", Access.role("admin"), (ctx, caller) -> ctx.json(List.of("secret")))),
                AccessGuard.PUBLIC_ONLY);
        assertThat(get("/open").statusCode()).isEqualTo(200);
        HttpResponse<String> r = get("/admin");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Json.mapper().readValue(r.body(), ErrorBody.class))
                .isEqualTo(new ErrorBody(
                        "unauthorized",
                        "This endpoint needs the role 'admin', and this node has no sign-in configured"));
    }

    @Test
    void theGuardSeesEachRoutesAccessRule() throws Exception {
        List<Access> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        server = ApiServer.start(
                "127.0.0.1",
                0,
                List.of(
                        ApiRoute.get("/a", Access.PUBLIC, (ctx, caller) -> ctx.result("a")),
                        ApiRoute.get("/b", Access.role("researcher"), (ctx, caller) -> ctx.result("b"))),
                (ctx, access) -> {
                    seen.add(access);
                    return Caller.ANONYMOUS;
                });
        assertThat(get("/a").body()).isEqualTo("a");
        assertThat(get("/b").body()).isEqualTo("b");
        assertThat(seen).containsExactly(Access.PUBLIC, Access.role("researcher"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
