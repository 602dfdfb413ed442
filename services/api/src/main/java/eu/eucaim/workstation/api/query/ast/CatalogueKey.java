package eu.eucaim.workstation.api.query.ast;

import eu.eucaim.workstation.api.query.CohortVocabulary;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seven base criteria of the EUCAIM filter catalogue (samply/eucaim-frontend
 * {@code static/catalogues/catalogue-eucaim.json}) as the AST names them: each one's key, Lens's {@code system},
 * and for the coded ones the catalogue's code of each of the federated search's plain values (focus
 * {@code src/eucaim_api.rs} maps the same codes back). A plain value without a catalogue code (modality MG,
 * manufacturer Hologic...) goes as it is.
 */
public enum CatalogueKey {
    GENDER(
            "SNOMEDCT263495000",
            "",
            Kind.CODED,
            codes(
                    "male", "SNOMEDCT248153007",
                    "female", "SNOMEDCT248152002",
                    "other", "SNOMEDCT74964007",
                    "unknown", "SNOMEDCT261665006")),
    AGE_AT_DIAGNOSIS("SNOMEDCT423493009", "", Kind.NUMBER, Map.of()),
    /** Diagnoses are SNOMED CT codes on both sides. */
    DIAGNOSIS("SNOMEDCT439401001", "urn:snomed-org/sct", Kind.CODED, Map.of()),
    YEAR_OF_DIAGNOSIS("SNOMEDCT432213005", "", Kind.NUMBER, Map.of()),
    MODALITY(
            "RID10311",
            "urn:oid:2.16.840.1.113883.6.256",
            Kind.CODED,
            codes(
                    "MR", "RID10312",
                    "PET", "RID10337",
                    "SPECT", "RID10334",
                    "CT", "RID10321")),
    BODY_PART(
            "SNOMEDCT123037004",
            "urn:snomed-org/sct",
            Kind.CODED,
            codes(
                    "breast", "SNOMEDCT76752008",
                    "colon", "SNOMEDCT71854001",
                    "lung", "SNOMEDCT39607008",
                    "pelvis", "SNOMEDCT12921003",
                    "prostate", "SNOMEDCT41216001")),
    MANUFACTURER(
            "C25392",
            "http://bioontology.org/projects/ontologies/birnlex",
            Kind.CODED,
            codes(
                    "Siemens", "C200140",
                    "General Electric", "birnlex_12833",
                    "Philips", "birnlex_3065",
                    "Toshiba", "birnlex_3067"));

    /** Whether a criterion's values are codes (EQUALS, IN...) or numbers (BETWEEN...). */
    public enum Kind {
        CODED,
        NUMBER
    }

    /** Siemens has two entries in the catalogue; the second one is read, never written. */
    private static final Map<String, String> SECOND_CODES = Map.of("birnlex_3066", "Siemens");

    private final String key;
    private final String system;
    private final Kind kind;
    private final Map<String, String> codeOfValue;

    CatalogueKey(String key, String system, Kind kind, Map<String, String> codeOfValue) {
        this.key = key;
        this.system = system;
        this.kind = kind;
        this.codeOfValue = codeOfValue;
    }

    private static Map<String, String> codes(String... valueThenCode) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < valueThenCode.length; i += 2) {
            m.put(valueThenCode[i], valueThenCode[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    public String key() {
        return key;
    }

    public String system() {
        return system;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<CatalogueKey> of(String key) {
        for (CatalogueKey k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The catalogue's code for a plain value ("male" → SNOMEDCT248153007); the value itself when it has none. */
    public String code(String plainValue) {
        return codeOfValue.getOrDefault(plainValue, plainValue);
    }

    /**
     * The plain value a catalogue code or plain value stands for (RID10312 → MR, MR → MR), or empty when it is
     * neither: the node refuses such a value rather than count nothing for a typo.
     */
    public Optional<String> plainValue(String codeOrValue) {
        for (Map.Entry<String, String> e : codeOfValue.entrySet()) {
            if (e.getValue().equals(codeOrValue)) {
                return Optional.of(e.getKey());
            }
        }
        if (this == MANUFACTURER && SECOND_CODES.containsKey(codeOrValue)) {
            return Optional.of(SECOND_CODES.get(codeOrValue));
        }
        return plainValues().contains(codeOrValue) || openEnded(codeOrValue)
                ? Optional.of(codeOrValue)
                : Optional.empty();
    }

    /** The plain values of a coded criterion, as the federated search's GET takes them. */
    public List<String> plainValues() {
        return switch (this) {
            case GENDER -> CohortVocabulary.GENDERS;
            case MODALITY -> CohortVocabulary.MODALITIES;
            case BODY_PART -> CohortVocabulary.BODY_PARTS;
            case MANUFACTURER -> CohortVocabulary.MANUFACTURERS;
            case DIAGNOSIS -> List.copyOf(CohortVocabulary.DIAGNOSES.keySet());
            default -> List.of();
        };
    }

    /** Any SNOMED CT diagnosis code, any manufacturer's name: as the GET takes them. */
    private boolean openEnded(String value) {
        return switch (this) {
            case DIAGNOSIS -> CohortVocabulary.DIAGNOSIS_CODE.matcher(value).matches();
            case MANUFACTURER -> !value.isBlank() && value.length() <= CohortVocabulary.MAX_MANUFACTURER;
            default -> false;
        };
    }
}
