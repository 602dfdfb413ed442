package eu.eucaim.workstation.api.vocabulary;

import java.util.Optional;

/**
 * Imaging modalities in the node's two vocabularies: the catalogue shows DICOM modality codes (CT, MR, PT, NM...),
 * while the cohort tables use the federated search's values (MR, CT, PET, SPECT), which differ for PT and NM.
 */
public enum Modality {
    CT("CT", "CT", "Computed tomography", "CT"),
    MR("MR", "MR", "Magnetic resonance", "MRI"),
    PT("PT", "PET", "Positron emission tomography", "PET"),
    NM("NM", "SPECT", "Nuclear medicine, SPECT", "SPECT"),
    MG("MG", "MG", "Mammography", "mammography"),
    US("US", "US", "Ultrasound", "ultrasound"),
    CR("CR", "CR", "Computed radiography", "radiography"),
    DX("DX", "DX", "Digital radiography", "radiography");

    private final String dicomCode;
    private final String searchCode;
    private final String description;
    private final String keyword;

    Modality(String dicomCode, String searchCode, String description, String keyword) {
        this.dicomCode = dicomCode;
        this.searchCode = searchCode;
        this.description = description;
        this.keyword = keyword;
    }

    /** What people search for: "MRI", "PET", "mammography". */
    public String keyword() {
        return keyword;
    }

    /** The DICOM (0008,0060) code shown in the catalogue. */
    public String dicomCode() {
        return dicomCode;
    }

    /** The value stored in {@code study.modality} and used by the federated search. */
    public String searchCode() {
        return searchCode;
    }

    /** "MR (Magnetic resonance)": the code people know, then what it means. */
    public String label() {
        return dicomCode + " (" + description + ")";
    }

    public static Optional<Modality> ofDicomCode(String code) {
        for (Modality m : values()) {
            if (m.dicomCode.equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public static Optional<Modality> ofSearchCode(String code) {
        for (Modality m : values()) {
            if (m.searchCode.equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The label for a catalogue modality code; an unknown code is shown as itself. */
    public static String labelOf(String dicomCode) {
        return ofDicomCode(dicomCode).map(Modality::label).orElse(dicomCode);
    }
}
