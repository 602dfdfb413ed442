package eu.eucaim.workstation.client.catalogue.emx2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * EMX2 {@code semantics} values as full IRIs. A model may write them as prefixed names ({@code dcterms:title}, as
 * the BBMRI Directory model does) or as IRIs (as the EUCAIM model does); EMX2 expands a prefix it knows and takes
 * anything else as an IRI (molgenis-emx2 docs/molgenis/semantics.md, "Formatting" and "Defined namespaces"). One
 * cell may hold several values separated by commas.
 */
final class Semantics {
    /** EMX2's default namespaces (molgenis-emx2 {@code DefaultNamespace}), the ones a catalogue model uses. */
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("dc", "http://purl.org/dc/elements/1.1/"),
            Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
            Map.entry("dcatap", "http://data.europa.eu/r5r/"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("healthdcatap", "http://healthdataportal.eu/ns/health#"),
            Map.entry("obo", "http://purl.obolibrary.org/obo/"),
            Map.entry("odrl", "http://www.w3.org/ns/odrl/2/"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("schema", "http://schema.org/"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("vcard", "http://www.w3.org/2006/vcard/ns#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"));

    private Semantics() {}

    /** Every IRI in {@code values} (each an IRI, a prefixed name, or several of them joined by commas). */
    static List<String> expand(List<String> values) {
        List<String> iris = new ArrayList<>();
        if (values == null) {
            return iris;
        }
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                String s = part.strip();
                if (!s.isEmpty()) {
                    iris.add(expand(s));
                }
            }
        }
        return iris;
    }

    static String expand(String value) {
        int colon = value.indexOf(':');
        if (colon > 0) {
            String namespace = PREFIXES.get(value.substring(0, colon));
            if (namespace != null) {
                return namespace + value.substring(colon + 1);
            }
        }
        return value;
    }
}
