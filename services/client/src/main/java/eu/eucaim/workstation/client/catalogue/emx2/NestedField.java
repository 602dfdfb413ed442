package eu.eucaim.workstation.client.catalogue.emx2;

import java.util.List;

/**
 * What the app shows of a row a dataset refers to: a field of the dataset, then the columns of the referenced tables
 * to follow, each bound by its semantics IRI as the dataset's own fields are (a contact point's e-mail, a period's
 * start, a distribution's rights statement).
 */
enum NestedField {
    CONTACT_EMAIL(CollectionField.CONTACT, Iri.VCARD + "hasEmail"),
    TEMPORAL_START(CollectionField.TEMPORAL, Iri.DCAT + "startDate"),
    TEMPORAL_END(CollectionField.TEMPORAL, Iri.DCAT + "endDate"),
    LICENCE(CollectionField.DISTRIBUTION, Iri.DCT + "license"),
    /** The key of the distribution's rights statement. */
    RIGHTS(CollectionField.DISTRIBUTION, Iri.DCT + "rights"),
    RIGHTS_LABEL(CollectionField.DISTRIBUTION, Iri.DCT + "rights", Iri.RDFS + "label"),
    /** The network the dataset's series is part of (dct:isPartOf, which the node adds to the model). */
    SERIES_NETWORK(CollectionField.SERIES, Iri.DCT + "isPartOf");

    private final CollectionField field;
    private final List<String> path;

    NestedField(CollectionField field, String... path) {
        this.field = field;
        this.path = List.of(path);
    }

    CollectionField field() {
        return field;
    }

    /** The semantics IRIs to follow, one per referenced table. */
    List<String> path() {
        return path;
    }

    private static final class Iri {
        static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
        static final String DCAT = "http://www.w3.org/ns/dcat#";
        static final String DCT = "http://purl.org/dc/terms/";
        static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    }
}
