package eu.eucaim.workstation.node.demo;

import static eu.eucaim.workstation.api.vocabulary.Modality.CR;
import static eu.eucaim.workstation.api.vocabulary.Modality.CT;
import static eu.eucaim.workstation.api.vocabulary.Modality.DX;
import static eu.eucaim.workstation.api.vocabulary.Modality.MG;
import static eu.eucaim.workstation.api.vocabulary.Modality.MR;
import static eu.eucaim.workstation.api.vocabulary.Modality.NM;
import static eu.eucaim.workstation.api.vocabulary.Modality.PT;
import static eu.eucaim.workstation.api.vocabulary.Modality.US;

import eu.eucaim.workstation.api.catalogue.Condition;
import eu.eucaim.workstation.api.vocabulary.Modality;
import java.util.List;

/**
 * What a demo dataset of one cancer looks like: its diagnosis, body part, who is affected, how it is imaged.
 * Keeping this in one table keeps the generated metadata and cohorts clinically consistent (no male breast MG
 * screening programme, no female prostate cohort). Texts of one profile never name another profile's organ, so a
 * free-text search for an organ finds exactly that profile's datasets.
 */
enum CancerProfile {
    BREAST(
            new Condition("SNOMEDCT254837009", "Breast cancer"),
            "breast",
            new String[] {"female", "male"},
            new double[] {0.985, 0.015},
            28,
            88,
            List.of(MG, MR),
            List.of(US, PT, CT),
            List.of("tumour", "fibroglandular tissue", "axillary lymph node"),
            List.of("breast cancer", "BI-RADS", "radiomics"),
            true,
            "Includes BI-RADS assessments and histopathology-confirmed outcomes."),
    PROSTATE(
            new Condition("SNOMEDCT399068003", "Prostate cancer"),
            "prostate",
            new String[] {"male"},
            new double[] {1.0},
            45,
            88,
            List.of(MR),
            List.of(PT),
            List.of("prostate gland", "peripheral zone", "transition zone", "index lesion"),
            List.of("prostate cancer", "PI-RADS", "Gleason score"),
            false,
            "Includes PI-RADS scores, PSA values and Gleason grade groups from biopsy."),
    LUNG(
            new Condition("SNOMEDCT363358000", "Lung cancer"),
            "lung",
            new String[] {"male", "female", "unknown"},
            new double[] {0.56, 0.43, 0.01},
            38,
            90,
            List.of(CT),
            List.of(PT, CR, DX, NM),
            List.of("nodule", "primary tumour", "lung lobes"),
            List.of("lung cancer", "pulmonary nodules", "staging"),
            true,
            "Includes nodule measurements, TNM staging and smoking history."),
    COLON(
            new Condition("SNOMEDCT363406005", "Colon cancer"),
            "colon",
            new String[] {"male", "female", "other"},
            new double[] {0.53, 0.46, 0.01},
            35,
            92,
            List.of(CT),
            List.of(MR, PT),
            List.of("primary tumour", "colon wall", "liver metastasis"),
            List.of("colon cancer", "colorectal", "liver metastases"),
            true,
            "Includes TNM staging, KRAS status and follow-up CT for response assessment."),
    PELVIS(
            new Condition("SNOMEDCT363484005", "Pelvis/rectum cancer"),
            "pelvis",
            new String[] {"male", "female", "unknown"},
            new double[] {0.6, 0.39, 0.01},
            30,
            88,
            List.of(MR),
            List.of(CT, PT),
            List.of("rectal tumour", "mesorectum", "pelvic lymph node"),
            List.of("rectal cancer", "neoadjuvant therapy", "tumour regression"),
            false,
            "Includes restaging MRI after neoadjuvant chemoradiotherapy and tumour regression grades.");

    final Condition condition;
    final String bodyPart;
    final String[] sexes;
    final double[] sexWeights;
    final int minAge;
    final int maxAge;
    final List<Modality> coreModalities;
    final List<Modality> optionalModalities;
    final List<String> annotationLabels;
    final List<String> keywords;
    final boolean screened;
    final String clinicalData;

    CancerProfile(
            Condition condition,
            String bodyPart,
            String[] sexes,
            double[] sexWeights,
            int minAge,
            int maxAge,
            List<Modality> coreModalities,
            List<Modality> optionalModalities,
            List<String> annotationLabels,
            List<String> keywords,
            boolean screened,
            String clinicalData) {
        this.condition = condition;
        this.bodyPart = bodyPart;
        this.sexes = sexes;
        this.sexWeights = sexWeights;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.coreModalities = coreModalities;
        this.optionalModalities = optionalModalities;
        this.annotationLabels = annotationLabels;
        this.keywords = keywords;
        this.screened = screened;
        this.clinicalData = clinicalData;
    }

    /** Equipment makers plausible for a modality; the first four are the federated search's vocabulary. */
    static List<String> manufacturersFor(Modality modality) {
        return switch (modality) {
            case MG -> List.of("Hologic", "Siemens", "General Electric", "Fujifilm");
            case CR, DX -> List.of("Fujifilm", "Philips", "Siemens", "Agfa");
            default -> List.of("Siemens", "General Electric", "Philips", "Toshiba", "Canon Medical Systems");
        };
    }
}
