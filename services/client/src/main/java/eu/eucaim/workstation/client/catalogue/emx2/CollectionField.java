package eu.eucaim.workstation.client.catalogue.emx2;

/**
 * What the app shows of a dataset (an EMX2 {@code Collections} row), each bound to a column by the semantics IRI the
 * EUCAIM model gives it (D5.3 "EUCAIM - Molgenis metadata model", August 2026, {@code molgenis.tsv}), never by the
 * column's name: the model is being renamed from Directory-style columns ({@code imaging_modality},
 * {@code number_of_subjects}) to DCAT-style ones ({@code hasImageModality}, {@code numberOfUniqueIndividuals}) with
 * the same semantics.
 */
enum CollectionField {
    TITLE("http://purl.org/dc/terms/title"),
    DESCRIPTION("http://purl.org/dc/terms/description"),
    VERSION("http://www.w3.org/ns/dcat#version"),
    TYPE("http://purl.org/dc/terms/type"),
    KEYWORDS("http://www.w3.org/ns/dcat#keyword"),
    ACCESS_RIGHTS("http://purl.org/dc/terms/accessRights"),
    PUBLISHER("http://purl.org/dc/terms/publisher"),
    CONTACT("http://www.w3.org/ns/dcat#contactPoint"),
    SERIES("http://www.w3.org/ns/dcat#inSeries"),
    COUNTRY("http://purl.org/dc/terms/spatial"),
    SUBJECTS("http://healthdataportal.eu/ns/health#numberOfUniqueIndividuals"),
    STUDIES("http://healthdataportal.eu/ns/health#numberOfRecords"),
    MIN_AGE("http://healthdataportal.eu/ns/health#minTypicalAge"),
    MAX_AGE("http://healthdataportal.eu/ns/health#maxTypicalAge"),
    SEX(Eucaim.NS + "hasBirthSex"),
    CONDITION(Eucaim.NS + "hasCondition"),
    MODALITY(Eucaim.NS + "hasImageModality"),
    MANUFACTURER(Eucaim.NS + "hasEquipmentManufacturer"),
    BODY_PART(Eucaim.NS + "hasImageBodyPart"),
    ANNOTATION_LABEL(Eucaim.NS + "hasAnnotationLabel"),
    SEGMENTATIONS(Eucaim.NS + "nbrOfSegmentations"),
    PROVENANCE("http://purl.org/dc/terms/provenance"),
    TEMPORAL("http://purl.org/dc/terms/temporal"),
    /** Not in the August 2026 sheet; the node adds it (DCAT's own link from a dataset to its distributions). */
    DISTRIBUTION("http://www.w3.org/ns/dcat#distribution");

    private final String iri;

    CollectionField(String iri) {
        this.iri = iri;
    }

    String iri() {
        return iri;
    }

    private static final class Eucaim {
        static final String NS = "https://cancerimage.eu/ontology/EUCAIM#";
    }
}
