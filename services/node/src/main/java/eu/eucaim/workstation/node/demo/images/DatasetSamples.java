package eu.eucaim.workstation.node.demo.images;

import eu.eucaim.workstation.node.demo.images.SampleSeriesPlan.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The synthetic sample studies of one catalogue dataset, made to fit its record: a chest CT for lung (a PET/CT where
 * PT is listed, a chest radiograph where CR is), an abdominal CT with a liver metastasis for colon, a pelvic T2 MR
 * for prostate and rectum (a PET/CT of the pelvis where PT is listed), a four-view mammogram for breast (a PET/CT
 * of the chest where PT is listed). Each dataset has its own phantom patient and UIDs, from its id: making them again
 * gives the same bytes. Every series records the image to open on: the one showing the finding, else the middle.
 */
public final class DatasetSamples {
    /** Bump when the generated images change, so that stored sets of an older version are made again. */
    public static final int VERSION = 1;

    private final String datasetId;
    private final String bodyPart;
    private final long seed;
    private final boolean female;
    private final List<SampleSeriesPlan> plan;
    private final DemoUids uids;

    private DatasetSamples(String datasetId, String bodyPart, boolean female, List<SampleSeriesPlan> plan) {
        this.datasetId = datasetId;
        this.bodyPart = bodyPart;
        this.seed = seedOf(datasetId);
        this.female = female;
        this.plan = List.copyOf(plan);
        this.uids = new DemoUids("eucaim-dataset-samples:v" + VERSION + ":" + datasetId);
    }

    /**
     * What fits a dataset with these catalogue values (modalities as DICOM codes, body parts as the catalogue
     * words, birth sex as "female"/"male"/…), or empty when nothing of it can be made.
     */
    public static Optional<DatasetSamples> of(
            String datasetId, List<String> modalities, List<String> bodyParts, List<String> birthSex) {
        Set<String> mods =
                modalities.stream().map(m -> m.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String part : bodyParts) {
            String bp = part.toLowerCase(Locale.ROOT);
            List<SampleSeriesPlan> plan = plan(bp, mods);
            if (!plan.isEmpty()) {
                boolean female = switch (bp) {
                    case "breast" -> true;
                    case "prostate" -> false;
                    default ->
                        birthSex.contains("female")
                                && (!birthSex.contains("male") || Math.floorMod(seedOf(datasetId), 2) == 0);
                };
                return Optional.of(new DatasetSamples(datasetId, bp, female, plan));
            }
        }
        return Optional.empty();
    }

    private static List<SampleSeriesPlan> plan(String bodyPart, Set<String> mods) {
        List<SampleSeriesPlan> p = new ArrayList<>();
        boolean pet = mods.contains("PT");
        // A PET/CT keeps its CT series only where the record lists CT: the samples never show a modality it lacks.
        boolean ct = mods.contains("CT");
        switch (bodyPart) {
            case "lung" -> {
                if (mods.contains("CT")) {
                    p.add(new SampleSeriesPlan(0, Kind.CHEST_CT, "CT", "Chest 5 mm STANDARD"));
                    if (pet) {
                        p.add(new SampleSeriesPlan(0, Kind.CHEST_PET, "PT", "PET FDG AC 4 mm"));
                    }
                }
                if (mods.contains("CR")) {
                    p.add(new SampleSeriesPlan(p.isEmpty() ? 0 : 1, Kind.CHEST_CR, "CR", "Chest PA"));
                }
            }
            case "colon" -> {
                if (mods.contains("CT")) {
                    p.add(new SampleSeriesPlan(0, Kind.ABDOMEN_CT, "CT", "Abdomen 5 mm STANDARD"));
                    if (pet) {
                        p.add(new SampleSeriesPlan(0, Kind.ABDOMEN_PET, "PT", "PET FDG AC 4 mm"));
                    }
                }
            }
            case "prostate", "pelvis" -> {
                if (mods.contains("MR")) {
                    p.add(new SampleSeriesPlan(0, Kind.PELVIS_MR, "MR", "Ax T2 FSE 3 mm"));
                }
                int next = p.isEmpty() ? 0 : 1;
                if (pet) {
                    String tracer = bodyPart.equals("prostate") ? "PSMA" : "FDG";
                    if (ct) {
                        p.add(new SampleSeriesPlan(next, Kind.PELVIS_CT, "CT", "Pelvis 5 mm low dose"));
                    }
                    p.add(new SampleSeriesPlan(next, Kind.PELVIS_PET, "PT", "PET " + tracer + " AC 4 mm"));
                } else if (ct) {
                    p.add(new SampleSeriesPlan(next, Kind.PELVIS_CT, "CT", "Pelvis 5 mm STANDARD"));
                }
            }
            case "breast" -> {
                if (mods.contains("MG")) {
                    p.add(new SampleSeriesPlan(0, Kind.MAMMOGRAM, "MG", "Screening R CC, L CC, R MLO, L MLO"));
                }
                if (pet) {
                    int next = p.isEmpty() ? 0 : 1;
                    if (ct) {
                        p.add(new SampleSeriesPlan(next, Kind.BREAST_CT, "CT", "Chest 5 mm low dose"));
                    }
                    p.add(new SampleSeriesPlan(next, Kind.BREAST_PET, "PT", "PET FDG AC 4 mm"));
                }
            }
            default -> {}
        }
        return p;
    }

    static long seedOf(String datasetId) {
        return UUID.nameUUIDFromBytes(("eucaim-dataset-samples:" + datasetId).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
    }

    /** The DICOM modalities the samples will have, in series order. */
    public List<String> modalities() {
        return plan.stream().map(SampleSeriesPlan::modality).distinct().toList();
    }

    /** The DICOM Body Part Examined of every sample: the catalogue's body part, upper case. */
    public String bodyPartExamined() {
        return bodyPart.toUpperCase(Locale.ROOT);
    }

    /** Writes every series below {@code dir} ({@code <n>-<MODALITY>/IM00001.dcm …}), in series order. */
    public List<WrittenSeries> write(Path dir, BooleanSupplier cancelled) throws IOException {
        return new SampleWriter(datasetId, seed, female, bodyPartExamined(), plan, uids).write(dir, cancelled);
    }
}
