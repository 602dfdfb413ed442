package eu.eucaim.workstation.client.catalogue.emx2;

import static eu.eucaim.workstation.client.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.error.MalformedResponseException;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.LoopbackServer;
import eu.eucaim.workstation.client.LoopbackServer.Answer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What the client makes of EMX2 replies it cannot use: each a specific exception that says what was wrong. */
class Emx2BadRepliesTest {
    /** EMX2's reply to a query it refuses: HTTP 400 with {@code errors} (molgenis-emx2 JsonExceptionMapper). */
    private static final String REFUSED =
            "{\"errors\":[{\"message\":\"Validation error (FieldUndefined@[Collections/hasImageModality]) : Field"
                    + " 'hasImageModality' in type 'Collections' is undefined\"}]}";

    @Test
    void anErrorsReplyIsTheServersMessage() {
        try (LoopbackServer s = server(q -> q.contains("_schema") ? schema() : Answer.json(400, REFUSED))) {
            ServiceErrorException e = failureOf(client(s).search(DatasetQuery.all()), ServiceErrorException.class);
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("refused the query").contains("'hasImageModality' in type");
            assertThat(e.retryable()).isFalse();
        }
    }

    @Test
    void errorsInA200AreAnErrorToo() {
        try (LoopbackServer s = server(q -> Answer.json(200, REFUSED.replace("}]}", "}],\"data\":null}")))) {
            ServiceErrorException e = failureOf(client(s).summary(), ServiceErrorException.class);
            assertThat(e.getMessage()).contains("is undefined");
        }
    }

    @Test
    void aServerFailureIsTheTypedHttpError() {
        try (LoopbackServer s = server(q -> new Answer(
                500, "text/html", "<html>Internal Server Error</html>".getBytes(StandardCharsets.UTF_8), Map.of()))) {
            ServiceErrorException e = failureOf(client(s).networks(), ServiceErrorException.class);
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.retryable()).isTrue();
        }
    }

    @Test
    void aSchemaWithoutATitleColumnCannotBeACatalogue() {
        String noTitle = RecordedEmx2.text("dcat/schema.json")
                .replace("\"http://purl.org/dc/terms/title\"", "\"http://example.org/notTitle\"");
        try (LoopbackServer s = server(q -> Answer.json(200, noTitle))) {
            MalformedResponseException e =
                    failureOf(client(s).search(DatasetQuery.all()), MalformedResponseException.class);
            assertThat(e.getMessage())
                    .contains("EMX2 schema 'Eucaim'")
                    .contains("no column with semantics http://purl.org/dc/terms/title");
        }
        try (LoopbackServer s = server(q -> Answer.json(200, "{\"data\":{\"_schema\":{\"tables\":[]}}}"))) {
            assertThat(failureOf(client(s).summary(), MalformedResponseException.class)
                            .getMessage())
                    .contains("no table 'Collections'");
        }
    }

    @Test
    void aFilterOnAFacetTheModelLacksIsRefused() {
        try (LoopbackServer s = server(q -> schema())) {
            DatasetQuery q = new DatasetQuery(
                    "", Map.of(CatalogueFacet.ACCESS_CONDITION, List.of("DOWNLOAD")), 0, DatasetQuery.DEFAULT_SIZE);
            CompletionException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> client(s).search(q).join(), CompletionException.class);
            assertThat(e.getCause())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no column for the Access filter");
        }
    }

    @Test
    void malformedTurtleAndAnUnknownId() {
        try (LoopbackServer s = LoopbackServer.start(r -> r.method().equals("GET")
                ? turtle("<http://x/Eucaim/api/rdf/Collections?id=a> <http://p> \"unterminated .")
                : schema())) {
            assertThat(failureOf(client(s).dataset("a"), MalformedResponseException.class)
                            .getMessage())
                    .contains("Turtle is malformed");
        }
        try (LoopbackServer s = LoopbackServer.start(
                r -> r.method().equals("GET") ? turtle("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n") : schema())) {
            ServiceErrorException e = failureOf(client(s).dataset("nope"), ServiceErrorException.class);
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.getMessage()).isEqualTo("No dataset 'nope' in the catalogue");
        }
    }

    private static Answer turtle(String text) {
        return new Answer(200, "text/turtle", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static Answer schema() {
        return Answer.json(200, RecordedEmx2.text("dcat/schema.json"));
    }

    /** A server answering every GraphQL query text with {@code answer}'s reply. */
    private static LoopbackServer server(Function<String, Answer> answer) {
        return LoopbackServer.start(r -> answer.apply(r.bodyText()));
    }

    private static Emx2CatalogueClient client(LoopbackServer s) {
        return new Emx2CatalogueClient(ClientConfig.of(s.uri()));
    }
}
