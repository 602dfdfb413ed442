package eu.eucaim.workstation.node.emx2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/** The HTTP side of the EMX2 endpoints: request forms EMX2 refuses, and RDF of one collection. */
class Emx2EndpointsTest extends DemoNodeTest {

    @Test
    void aBodyThatIsNotJsonOrHasNoQueryIsRefusedWithEmx2sErrorBody() throws Exception {
        assertError(Emx2Http.postRaw(node.baseUri(), "/Eucaim/graphql", "{query"), "not JSON");
        assertError(Emx2Http.postRaw(node.baseUri(), "/Eucaim/graphql", "{\"variables\": {}}"), "\"query\"");
        assertError(
                Emx2Http.postRaw(
                        node.baseUri(),
                        "/Eucaim/graphql",
                        "{\"query\": \"{ Collections { id } }\", \"variables\": [1]}"),
                "Parsing of graphql variables failed");
    }

    @Test
    void getRunsQueriesButNoMutationAndWithoutAQueryListsTheTypes() throws Exception {
        assertError(
                Emx2Http.get(node.baseUri(), "/Eucaim/graphql?query=" + Emx2Http.encode("mutation { x }"), null),
                "Only query operations are allowed via HTTP GET");
        Emx2Http.Reply types = Emx2Http.get(node.baseUri(), "/Eucaim/api/graphql", null);
        assertThat(types.status()).isEqualTo(200);
        assertThat(types.body()).contains("\"CollectionsFilter\"", "\"MolgenisString_arrayFilter\"");
    }

    @Test
    void aVariableOfTheWrongTypeIsRefused() throws Exception {
        Emx2Http.Reply r = Emx2Http.post(
                node.baseUri(),
                "/Eucaim/graphql",
                "query($l: Int) { Collections(limit: $l) { id } }",
                java.util.Map.of("l", "ten"));
        assertError(r, "Variable 'l' has an invalid value");
    }

    @Test
    void oneCollectionAsTurtleWithColumnPredicatesAndLabelledOntologyTerms() throws Exception {
        Emx2Http.Reply r = Emx2Http.get(node.baseUri(), "/Eucaim/api/rdf/Collections?id=ds-0004", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/turtle");
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(r.body()), null, "TURTLE");
        String api = node.baseUri().toString().replaceAll("/$", "") + "/Eucaim/api/rdf";
        Resource ds = m.getResource(api + "/Collections?id=ds-0004");
        Resource mr = m.getResource(api + "/Imaging_modality?name=MR");
        assertThat(m.contains(ds, m.createProperty(api + "/Collections/column/hasImageModality"), mr))
                .isTrue();
        assertThat(m.contains(ds, m.createProperty("http://purl.org/dc/terms/title")))
                .isTrue();
        // Labelled as the node's REST catalogue labels it: one read model answers both.
        assertThat(m.contains(
                        mr, m.createProperty("http://www.w3.org/2000/01/rdf-schema#label"), "MR (Magnetic resonance)"))
                .isTrue();
        assertThat(m.contains(mr, m.createProperty(api + "/Imaging_modality/column/label"), "MR (Magnetic resonance)"))
                .isTrue();
        // Each access condition is a distribution whose rights are the model's statement of it, described too.
        List<Resource> rights = m.listObjectsOfProperty(m.createProperty("http://www.w3.org/ns/dcat#distribution"))
                .mapWith(d ->
                        d.asResource().getPropertyResourceValue(m.createProperty("http://purl.org/dc/terms/rights")))
                .toList();
        assertThat(rights).isNotEmpty();
        assertThat(rights)
                .allSatisfy(s -> assertThat(m.contains(
                                s,
                                m.createProperty(api + "/Rightsstatement/column/label"),
                                (org.apache.jena.rdf.model.RDFNode) null))
                        .isTrue());
        assertThat(m.contains(
                        ds,
                        m.createProperty(api + "/Collections/column/numberOfUniqueIndividuals"),
                        m.createTypedLiteral(988)))
                .isTrue();
    }

    @Test
    void jsonLdOnRequestAndEmx2ErrorsForAMissingOrUnknownId() throws Exception {
        Emx2Http.Reply ld =
                Emx2Http.get(node.baseUri(), "/Eucaim/api/rdf/Collections?id=ds-0004", "application/ld+json");
        assertThat(ld.status()).isEqualTo(200);
        assertThat(ld.contentType()).startsWith("application/ld+json");
        assertThat(Emx2Http.JSON.readTree(ld.body()).toString()).contains("ds-0004");

        Emx2Http.Reply unknown = Emx2Http.get(node.baseUri(), "/Eucaim/api/rdf/Collections?id=nope", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(Emx2Http.JSON
                        .readTree(unknown.body())
                        .at("/errors/0/message")
                        .asText())
                .isEqualTo("No collection with id 'nope'");
        assertError(Emx2Http.get(node.baseUri(), "/Eucaim/api/rdf/Collections", null), "?id=");
    }

    private static void assertError(Emx2Http.Reply r, String containing) throws Exception {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        JsonNode body = Emx2Http.JSON.readTree(r.body());
        assertThat(body.path("errors").size()).isEqualTo(1);
        assertThat(body.at("/errors/0/message").asText()).contains(containing);
    }
}
