package eu.eucaim.workstation.node.emx2;

import java.util.Map;
import java.util.Optional;

/**
 * A dataset's licence as the model's {@code distribution.license} holds it, a hyperlink: the EU licence authority's
 * IRI (as DCAT-AP recommends) for the licences the node's catalogue uses that the authority names. A licence that is
 * not one of those (a custom data use agreement) has no IRI, and the distribution none.
 */
final class Licences {
    static final String AUTHORITY = "http://publications.europa.eu/resource/authority/licence/";

    private static final Map<String, String> CODES = Map.of(
            "CC-BY-4.0", "CC_BY_4_0",
            "CC-BY-NC-4.0", "CC_BYNC_4_0",
            "CC-BY-SA-4.0", "CC_BYSA_4_0",
            "CC0-1.0", "CC0");

    private Licences() {}

    static Optional<String> iri(String licence) {
        return Optional.ofNullable(licence).map(CODES::get).map(code -> AUTHORITY + code);
    }
}
