package eu.eucaim.workstation.node.emx2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Emx2ModelTest {
    private static final String HEADER = "tableName\ttableExtends\ttableType\tcolumnName\tcolumnType\tkey\trequired\t"
            + "refSchema\trefTable\trefLink\trefBack\trefLabel\tdefaultValue\tvalidation\tvisible\tcomputed\t"
            + "semantics\tprofiles\tlabel\tdescription\n";

    @Test
    void identifiersFollowEmx2sCaseRules() {
        assertThat(Emx2Names.tableId("collections")).isEqualTo("Collections");
        assertThat(Emx2Names.tableId("imaging_modality")).isEqualTo("Imaging_modality");
        assertThat(Emx2Names.tableId("my table")).isEqualTo("MyTable");
        assertThat(Emx2Names.columnId("in_series")).isEqualTo("in_series");
        assertThat(Emx2Names.columnId("hasImageModality")).isEqualTo("hasImageModality");
        assertThat(Emx2Names.columnId("Number of subjects")).isEqualTo("numberOfSubjects");
    }

    @Test
    void theEucaimModelHasItsTablesAndTheOntologyTablesEmx2Creates() {
        Emx2Model model = Emx2Model.eucaim();
        Emx2Table collections = model.table("collections");
        assertThat(collections.id()).isEqualTo("Collections");
        assertThat(collections.semantics()).containsExactly("http://www.w3.org/ns/dcat#Dataset");
        assertThat(collections.primaryKey().id()).isEqualTo("id");
        Emx2Column modality = collections.column("hasImageModality");
        assertThat(modality.type()).isEqualTo(ColumnType.ONTOLOGY_ARRAY);
        assertThat(modality.required()).isEqualTo("true");
        assertThat(modality.refTable()).isEqualTo("imaging_modality");
        assertThat(collections.column("in_series").refTable()).isEqualTo("biobanks");
        Emx2Table modalities = model.table("imaging_modality");
        assertThat(modalities.tableType()).isEqualTo("ONTOLOGIES");
        assertThat(modalities.columns())
                .extracting(Emx2Column::id)
                .startsWith("order", "name", "label", "tags", "parent", "codesystem", "code", "ontologyTermURI")
                .contains("mg_insertedOn");
        // Declared in the model with their own columns: data tables, not EMX2 ontology tables.
        assertThat(model.table("body_parts").tableType()).isEqualTo("DATA");
    }

    @Test
    void aReferenceToATableTheModelDoesNotHaveIsRefused() {
        String tsv = HEADER + "things\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n"
                + "things\t\t\tid\tstring\t1\t1\t\t\t\t\t\t\t\t\t\t\t\t\t\n"
                + "things\t\t\towner\tref\t\t0\t\tpeople\t\t\t\t\t\t\t\t\t\t\t\n";
        assertThatThrownBy(() -> Emx2Model.read("S", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("things.owner references unknown table 'people'");
    }

    @Test
    void aColumnOfUnknownTypeIsRefusedWithItsLine() {
        String tsv = HEADER + "things\t\t\tid\tstrang\t1\t1\t\t\t\t\t\t\t\t\t\t\t\t\t\n";
        assertThatThrownBy(() -> Emx2Model.read("S", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 2");
    }
}
