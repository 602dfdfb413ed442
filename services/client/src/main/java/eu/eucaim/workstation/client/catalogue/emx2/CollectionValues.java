package eu.eucaim.workstation.client.catalogue.emx2;

import java.util.List;

/**
 * The values of one collection by field, whether read from a GraphQL row or from the RDF API: plain values as text,
 * references as {@link Term}s. An unbound field has none.
 */
interface CollectionValues {
    /** A referenced row (an ontology term, a series, a publisher): its key and, when known, what to show. */
    record Term(String key, String label) {
        String shown() {
            return label == null || label.isBlank() ? key : label;
        }
    }

    String id();

    List<String> texts(CollectionField field);

    List<Term> terms(CollectionField field);

    /**
     * The values {@code nested} reaches, as text: plain values as they are (an e-mail without {@code mailto:}), a
     * reference at the end by its key. None when the schema has no such path.
     */
    List<String> nested(NestedField nested);

    default String text(CollectionField field) {
        List<String> all = texts(field);
        return all.isEmpty() ? null : all.get(0);
    }

    default Integer number(CollectionField field) {
        String t = text(field);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return (int) Double.parseDouble(t.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "collection " + id() + ": " + field + " is not a number: '" + t + "'", e);
        }
    }
}
