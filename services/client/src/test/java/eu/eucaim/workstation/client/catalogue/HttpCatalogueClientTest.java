package eu.eucaim.workstation.client.catalogue;

import static eu.eucaim.workstation.client.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.FacetValue;
import eu.eucaim.workstation.api.error.MalformedResponseException;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.error.ServiceTimeoutException;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import eu.eucaim.workstation.client.ClientConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a scripted server: the request it sends and every way a reply can go wrong. */
class HttpCatalogueClientTest {
    private MockWebServer server;
    private HttpCatalogueClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        client = new HttpCatalogueClient(ClientConfig.of(server.url("/").uri()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static String emptyPage() throws IOException {
        return Json.mapper().writeValueAsString(new DatasetPage(List.of(), 0, 0, 20, Map.of()));
    }

    @Test
    void complexQueryIsSentAsDocumentedQueryString() throws Exception {
        server.enqueue(json(200, emptyPage()));
        Map<CatalogueFacet, List<String>> filters = new LinkedHashMap<>();
        filters.put(CatalogueFacet.MODALITY, List.of("MR", "CT"));
        filters.put(CatalogueFacet.MANUFACTURER, List.of("General Electric"));
        filters.put(CatalogueFacet.BODY_PART, List.of());
        filters.put(CatalogueFacet.ACCESS_CONDITION, List.of(AccessCondition.DOWNLOAD.name()));
        filters.put(CatalogueFacet.COUNTRY, List.of("DE", " "));
        filters.put(CatalogueFacet.CONDITION, List.of("SNOMEDCT363358000"));

        client.search(new DatasetQuery("  lung & C++/MRI?  ", filters, 2, 50)).get(10, TimeUnit.SECONDS);

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        // Facets in CatalogueFacet order whatever the map's order; blank values and empty facets left out.
        assertThat(request.getTarget())
                .isEqualTo("/api/catalogue/datasets"
                        + "?q=lung%20%26%20C%2B%2B%2FMRI%3F"
                        + "&country=DE&condition=SNOMEDCT363358000&modality=MR&modality=CT"
                        + "&manufacturer=General%20Electric&accessCondition=DOWNLOAD&page=2&size=50");
        // And a server decodes exactly what was asked for ('+' must not turn into a space).
        assertThat(request.getUrl().queryParameter("q")).isEqualTo("lung & C++/MRI?");
        assertThat(request.getUrl().queryParameterValues("modality")).containsExactly("MR", "CT");
    }

    @Test
    void emptyQuerySendsOnlyPaging() throws Exception {
        server.enqueue(json(200, emptyPage()));
        client.search(DatasetQuery.all()).get(10, TimeUnit.SECONDS);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget())
                .isEqualTo("/api/catalogue/datasets?page=0&size=20");
    }

    @Test
    void pathsAreAppendedToABaseUnderAPrefixAndIdsAreOneEncodedSegment() throws Exception {
        HttpCatalogueClient prefixed =
                new HttpCatalogueClient(ClientConfig.of(server.url("/eucaim").uri()));
        server.enqueue(json(404, "{\"error\":\"not_found\",\"message\":\"No dataset 'a/b c'\"}"));
        failureOf(prefixed.dataset("a/b c"), ServiceErrorException.class);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget())
                .isEqualTo("/eucaim/api/catalogue/datasets/a%2Fb%20c");
    }

    @Test
    void readsAPage() throws Exception {
        DatasetPage sent =
                new DatasetPage(List.of(), 42, 1, 10, Map.of("modality", List.of(new FacetValue("MR", "MR", 7))));
        server.enqueue(json(200, Json.mapper().writeValueAsString(sent)));
        assertThat(client.search(DatasetQuery.all()).get(10, TimeUnit.SECONDS)).isEqualTo(sent);
    }

    @Test
    void notFoundWithErrorBodyIsAServiceErrorThatRetryingCannotFix() {
        server.enqueue(json(404, "{\"error\":\"not_found\",\"message\":\"No dataset 'x'\"}"));
        ServiceErrorException e = failureOf(client.dataset("x"), ServiceErrorException.class);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.body().error()).isEqualTo("not_found");
        assertThat(e.getMessage()).isEqualTo("No dataset 'x'");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void serverErrorWithErrorBodyKeepsTheNodesMessage() {
        server.enqueue(json(500, "{\"error\":\"internal\",\"message\":\"Database is locked\"}"));
        ServiceErrorException e = failureOf(client.summary(), ServiceErrorException.class);
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.body().error()).isEqualTo("internal");
        assertThat(e.getMessage()).contains("HTTP 500").contains("Database is locked");
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void serverErrorWithoutBodyStillExplainsItself() {
        server.enqueue(new MockResponse.Builder().code(500).build());
        ServiceErrorException e = failureOf(client.networks(), ServiceErrorException.class);
        assertThat(e.body().error()).isEqualTo("http_500");
        assertThat(e.getMessage()).contains("HTTP 500");
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void proxyHtmlErrorPageBecomesAnErrorWithItsTitle() {
        server.enqueue(new MockResponse.Builder()
                .code(502)
                .status("HTTP/1.1 502 Bad Gateway")
                .setHeader("Content-Type", "text/html")
                .body("<html>\n<head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1>"
                        + "</center><hr><center>nginx</center></body></html>")
                .build());
        ServiceErrorException e = failureOf(client.search(DatasetQuery.all()), ServiceErrorException.class);
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.body().error()).isEqualTo("http_502");
        assertThat(e.getMessage())
                .contains("HTTP 502 Bad Gateway: 502 Bad Gateway")
                .doesNotContain("<");
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void unavailableIsRetryable() {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Content-Type", "text/plain")
                .body("Service Unavailable: maintenance until 12:00\nmore")
                .build());
        ServiceErrorException e = failureOf(client.summary(), ServiceErrorException.class);
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.getMessage()).contains("maintenance until 12:00").doesNotContain("more");
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void clientErrorWithoutErrorBodyNamesTheService() {
        server.enqueue(new MockResponse.Builder().code(400).build());
        ServiceErrorException e = failureOf(client.summary(), ServiceErrorException.class);
        assertThat(e.getMessage())
                .contains(server.url("/").toString().replaceAll("/$", ""))
                .contains("HTTP 400");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void malformedJsonNamesWhatWasExpected() {
        server.enqueue(json(200, "{\"items\": [}"));
        MalformedResponseException e = failureOf(client.search(DatasetQuery.all()), MalformedResponseException.class);
        assertThat(e.getMessage()).contains("DatasetPage");
    }

    @Test
    void emptyBodyIsMalformed() {
        server.enqueue(json(200, ""));
        MalformedResponseException e = failureOf(client.summary(), MalformedResponseException.class);
        assertThat(e.getMessage()).contains("CatalogueSummary").contains("empty");
    }

    @Test
    void wrongShapeIsMalformed() {
        server.enqueue(json(200, "[]"));
        assertThat(failureOf(client.search(DatasetQuery.all()), MalformedResponseException.class)
                        .getMessage())
                .contains("DatasetPage");
        server.enqueue(json(200, "{\"total\": 3}"));
        assertThat(failureOf(client.search(DatasetQuery.all()), MalformedResponseException.class)
                        .getMessage())
                .contains("DatasetPage")
                .contains("missing");
        server.enqueue(json(200, "{\"id\": \"n1\"}"));
        assertThat(failureOf(client.networks(), MalformedResponseException.class)
                        .getMessage())
                .contains("list of Network");
        server.enqueue(json(200, "{\"id\":\"d1\"} {\"id\":\"d2\"}"));
        assertThat(failureOf(client.dataset("d1"), MalformedResponseException.class)
                        .getMessage())
                .contains("Dataset");
    }

    @Test
    void htmlInsteadOfJsonOnSuccessIsMalformed() {
        // A captive portal or a misconfigured base URL answers 200 with a web page.
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html")
                .body("<html><body>Welcome</body></html>")
                .build());
        assertThat(failureOf(client.summary(), MalformedResponseException.class).getMessage())
                .contains("CatalogueSummary")
                .contains("text/html");
    }

    @Test
    void jsonCutShortIsMalformed() {
        server.enqueue(json(200, "{\"items\":[],\"total\":0,\"facets\":{\"country\":[{\"value\":\"DE\""));
        assertThat(failureOf(client.search(DatasetQuery.all()), MalformedResponseException.class)
                        .getMessage())
                .contains("DatasetPage");
    }

    @Test
    void bodyShorterThanItsContentLengthIsMalformed() {
        // The connection drops after part of the promised body.
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body("{\"items\":[],\"total\":0")
                .setHeader("Content-Length", 500)
                .onResponseEnd(new SocketEffect.CloseSocket(true, true, true))
                .build());
        assertThat(failureOf(client.search(DatasetQuery.all()), MalformedResponseException.class)
                        .getMessage())
                .contains("DatasetPage")
                .contains("ended early");
    }

    @Test
    void slowServerTimesOutWithinTheCallTimeout() {
        Duration callTimeout = Duration.ofMillis(400);
        HttpCatalogueClient impatient =
                new HttpCatalogueClient(new ClientConfig(server.url("/").uri(), Duration.ofSeconds(1), callTimeout));
        server.enqueue(
                json(200, "{}").newBuilder().headersDelay(10, TimeUnit.SECONDS).build());
        long start = System.nanoTime();
        ServiceTimeoutException e = failureOf(impatient.summary(), ServiceTimeoutException.class);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isBetween(callTimeout.minusMillis(50), callTimeout.plusSeconds(2));
        assertThat(e.getMessage()).contains("400 ms");
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void slowBodyTimesOutToo() throws IOException {
        HttpCatalogueClient impatient = new HttpCatalogueClient(
                new ClientConfig(server.url("/").uri(), Duration.ofSeconds(1), Duration.ofMillis(400)));
        server.enqueue(json(200, emptyPage())
                .newBuilder()
                .bodyDelay(10, TimeUnit.SECONDS)
                .build());
        failureOf(impatient.search(DatasetQuery.all()), ServiceTimeoutException.class);
    }

    @Test
    void closedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        HttpCatalogueClient nobody = new HttpCatalogueClient(ClientConfig.of(URI.create("http://127.0.0.1:" + port)));
        ServiceUnreachableException e = failureOf(nobody.summary(), ServiceUnreachableException.class);
        assertThat(e.getMessage()).startsWith("Cannot reach http://127.0.0.1:" + port);
        assertThat(e.service()).isEqualTo("http://127.0.0.1:" + port);
    }

    @Test
    void unknownHostIsUnreachable() {
        HttpCatalogueClient nowhere =
                new HttpCatalogueClient(ClientConfig.of(URI.create("http://eucaim-node.invalid")));
        failureOf(nowhere.summary(), ServiceUnreachableException.class);
    }

    @Test
    void failedTlsHandshakeIsUnreachable() throws Exception {
        // A server that answers the TLS ClientHello with plain HTTP: the handshake fails at once, nothing is sent.
        try (ServerSocket plain = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                while (!plain.isClosed()) {
                    try (java.net.Socket s = plain.accept()) {
                        s.getOutputStream()
                                .write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            answer.setDaemon(true);
            answer.start();
            URI https = URI.create("https://127.0.0.1:" + plain.getLocalPort());
            ServiceUnreachableException e = failureOf(
                    new HttpCatalogueClient(ClientConfig.of(https)).summary(), ServiceUnreachableException.class);
            assertThat(e.getCause()).isInstanceOf(javax.net.ssl.SSLException.class);
        }
    }
}
