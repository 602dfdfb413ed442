package eu.eucaim.workstation.client.catalogue.emx2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Emx2Query} writes what molgenis-emx2's QueryEMX2 writes: each case builds the query of one case of
 * QueryEMX2's spec ({@code queryEMX2.test.ts}) and compares it with that case's expected text, kept verbatim in
 * {@code queryemx2-spec/NN.graphql} (NN = the case's position in the spec).
 */
class Emx2QueryTest {
    @Test
    void simpleAndDefaultSelections() {
        assertThat(Emx2Query.table("Biobanks").select("id").text()).isEqualTo(spec(1));
        assertThat(Emx2Query.table("Biobanks").text()).isEqualTo(spec(2));
        assertThat(Emx2Query.table("Biobanks").select("id").limit(100).text()).isEqualTo(spec(3));
        assertThat(Emx2Query.table("Biobanks").select("id").find("something").text())
                .isEqualTo(spec(4));
        assertThat(Emx2Query.table("Biobanks").select("id", "name").text()).isEqualTo(spec(5));
    }

    @Test
    void filters() {
        assertThat(biobanks().where("name").like("UMC").text()).isEqualTo(spec(6));
        assertThat(Emx2Query.table("Biobanks")
                        .orWhere("country.name")
                        .like("DE")
                        .orWhere("collections.name")
                        .like("covid")
                        .text())
                .isEqualTo(spec(7));
        assertThat(biobanks()
                        .where("name")
                        .like("Dresden")
                        .where("country.name")
                        .is("DE")
                        .text())
                .isEqualTo(spec(8));
        assertThat(biobanks()
                        .where("collections.id")
                        .like("eric")
                        .where("collections.name")
                        .like("Lifelines")
                        .text())
                .isEqualTo(spec(9));
        assertThat(biobanks().where("name").like(List.of("UMC", "Dresden")).text())
                .isEqualTo(spec(12));
    }

    @Test
    void limitAndOrder() {
        assertThat(biobanks().where("name").like("UMC").limit(100).text()).isEqualTo(spec(10));
        assertThat(biobanks()
                        .where("name")
                        .like("UMC")
                        .limit(100)
                        .orderBy("name", "asc")
                        .text())
                .isEqualTo(spec(11));
    }

    @Test
    void alternatives() {
        assertThat(biobanks()
                        .where("name")
                        .like("Dresden")
                        .orWhere("country.name")
                        .like("DE")
                        .text())
                .isEqualTo(spec(13));
        assertThat(biobanks()
                        .where("name")
                        .like("Dresden")
                        .orWhere("country.name")
                        .like("DE")
                        .orWhere("collections.name")
                        .like("covid")
                        .text())
                .isEqualTo(spec(14));
        assertThat(biobanks()
                        .where("name")
                        .like("Dresden")
                        .orWhere("country.name")
                        .like("DE")
                        .orWhere("collections.name")
                        .like("covid")
                        .orWhere("collections.materials.name")
                        .like("covid")
                        .text())
                .isEqualTo(spec(15));
    }

    @Test
    void nestedSelections() {
        assertThat(Emx2Query.table("Biobanks")
                        .select("id", "name", "collections.id", "collections.name")
                        .text())
                .isEqualTo(spec(16));
        assertThat(Emx2Query.table("NestedExample")
                        .select(
                                "id",
                                "name",
                                "LayerA.id",
                                "LayerA.name",
                                "LayerA.layerB.id",
                                "LayerA.layerB.name",
                                "LayerA.layerB.layerC.id",
                                "LayerA.layerB.layerC.name")
                        .text())
                .isEqualTo(spec(18));
    }

    @Test
    void anyOfSeveralValuesIsOneEqualsListAsTheDirectoryAppWritesIt() {
        // applyFiltersToQuery.js: several values of one facet, match "any": orWhere(column).in(values).
        assertThat(Emx2Query.table("Collections")
                        .select("id")
                        .orWhere("hasImageModality.name")
                        .in(List.of("MR", "CT"))
                        .orWhere("spatial.name")
                        .in(List.of("DE"))
                        .text())
                .isEqualTo("{\nCollections(filter: { _and: [ { _or: [ { hasImageModality: { name: { equals: "
                        + "[\"MR\",\"CT\"] } } } ] }, { _or: [ { spatial: { name: { equals: [\"DE\"] } } } ] } ] })"
                        + " {\n    id\n  }\n}");
    }

    @Test
    void valuesAreEscapedAndQueriesShareARequestUnderAliases() {
        String text = Emx2Query.document(List.of(
                Emx2Query.table("Collections").select("id").find("say \"hi\" \\ there"),
                Emx2Query.table("Collections_agg").as("total").select("count")));
        assertThat(text)
                .isEqualTo("{\nCollections(search: \"say \\\"hi\\\" \\\\ there\") {\n    id\n  }\n"
                        + "total: Collections_agg {\n    count\n  }\n}");
    }

    private static Emx2Query biobanks() {
        return Emx2Query.table("Biobanks").select("id", "name");
    }

    private static String spec(int n) {
        String name = String.format("queryemx2-spec/%02d.graphql", n);
        try (InputStream in = Emx2QueryTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
