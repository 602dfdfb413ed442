package eu.eucaim.workstation.api.catalogue;

import java.util.Map;
import java.util.Optional;

/**
 * A dataset's licence both ways between the app's SPDX names ("CC-BY-4.0") and the EU licence authority's IRIs
 * (…/authority/licence/CC_BY_4_0), which DCAT-AP recommends for {@code dct:license}: the node writes them into its
 * EMX2 distributions, the EMX2 client reads them back.
 */
public final class EuLicences {
    public static final String AUTHORITY = "http://publications.europa.eu/resource/authority/licence/";

    private static final Map<String, String> CODES = Map.of(
            "CC-BY-4.0", "CC_BY_4_0",
            "CC-BY-NC-4.0", "CC_BYNC_4_0",
            "CC-BY-SA-4.0", "CC_BYSA_4_0",
            "CC0-1.0", "CC0");

    private EuLicences() {}

    /** The authority's IRI of an SPDX-named licence it names; none for others (a custom data use agreement). */
    public static Optional<String> iri(String spdx) {
        return Optional.ofNullable(spdx).map(CODES::get).map(code -> AUTHORITY + code);
    }

    /** What to show for a licence IRI: the SPDX name of one of the authority's that the app knows, else the IRI. */
    public static String shown(String iri) {
        if (iri == null || !iri.startsWith(AUTHORITY)) {
            return iri;
        }
        String code = iri.substring(AUTHORITY.length());
        return CODES.entrySet().stream()
                .filter(e -> e.getValue().equals(code))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(code);
    }
}
