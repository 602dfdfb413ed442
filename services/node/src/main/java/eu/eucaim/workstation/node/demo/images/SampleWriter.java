package eu.eucaim.workstation.node.demo.images;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.node.demo.images.SampleSeriesPlan.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/** Makes and writes the series of one dataset's {@link DatasetSamples}. */
final class SampleWriter {
    private static final String MIDDLE = "middle slice";

    private final long seed;
    private final boolean female;
    private final String bodyPart;
    private final List<SampleSeriesPlan> plan;
    private final DemoUids uids;
    private final DemoPatient patient;
    private Phantom body;
    private Phantom pelvis;

    SampleWriter(
            String datasetId, long seed, boolean female, String bodyPart, List<SampleSeriesPlan> plan, DemoUids uids) {
        this.seed = seed;
        this.female = female;
        this.bodyPart = bodyPart;
        this.plan = plan;
        this.uids = uids;
        this.patient = DemoPatient.forDataset(datasetId, seed, female);
    }

    List<WrittenSeries> write(Path dir, BooleanSupplier cancelled) throws IOException {
        List<WrittenSeries> out = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            SampleSeriesPlan s = plan.get(i);
            SeriesContext ctx = context(s, i);
            Path folder = Files.createDirectories(dir.resolve((i + 1) + "-" + s.modality()));
            out.add(write(s, ctx, folder, cancelled));
        }
        return out;
    }

    private WrittenSeries write(SampleSeriesPlan s, SeriesContext ctx, Path folder, BooleanSupplier cancelled)
            throws IOException {
        int count;
        int key;
        String note;
        IntFunction<Dataset> instance;
        switch (s.kind()) {
            case MAMMOGRAM -> {
                Mammogram mg = new Mammogram(ctx, uids, seed);
                count = Mammogram.VIEWS;
                key = mg.keyIndex();
                note = mg.finding();
                instance = mg::view;
            }
            case CHEST_CR -> {
                ChestRadiograph cr = new ChestRadiograph(body(), ctx, uids, seed, 1024, 0.42);
                count = 1;
                key = 0;
                note = "chest PA";
                instance = i -> cr.instance();
            }
            default -> {
                Phantom phantom = phantom(s.kind());
                Volume v = volume(s.kind());
                List<Finding> findings = phantom.findings().stream()
                        .filter(f -> f.description().contains(findingWord(s.kind())))
                        .toList();
                AxialImages images = new AxialImages(phantom, v, ctx, uids, seed);
                if (bodyPart.equals("PROSTATE")) {
                    images.tracer(PetAttributes.Tracer.PSMA);
                }
                count = v.slices();
                key = v.keyIndex(findings);
                Finding f = v.keyFinding(findings);
                note = f == null ? MIDDLE : f.description();
                instance = switch (s.modality()) {
                    case "CT" -> images::ct;
                    case "MR" -> images::mr;
                    default -> images::pt;
                };
            }
        }
        IntFunction<Dataset> made = instance;
        List<Path> files = DemoImages.writeInstances(cancelled, folder, count, i -> {
            Dataset ds = made.apply(i);
            // Laterality is for paired parts: both lungs are shown (empty: not one side); a mammogram's views say
            // theirs in Image Laterality; the other parts are unpaired.
            if (!bodyPart.equals("LUNG")) {
                ds.remove(Attr.Laterality);
            }
            return ds;
        });
        return new WrittenSeries(
                patient.name(),
                patient.id(),
                ctx.studyUid(),
                ctx.studyDescription(),
                ctx.studyDate(),
                ctx.seriesUid(),
                s.modality(),
                bodyPart,
                s.description(),
                files,
                key,
                note);
    }

    private static String findingWord(Kind kind) {
        return switch (kind) {
            case CHEST_CT, CHEST_PET -> "nodule";
            case ABDOMEN_CT, ABDOMEN_PET -> "liver";
            case BREAST_CT, BREAST_PET -> "breast";
            default -> "";
        };
    }

    private Phantom phantom(Kind kind) {
        return switch (kind) {
            case PELVIS_CT, PELVIS_PET, PELVIS_MR -> pelvis();
            default -> body();
        };
    }

    private synchronized Phantom body() {
        if (body == null) {
            body = BodyPhantom.build(seed, bodyPart.equals("BREAST"));
        }
        return body;
    }

    private synchronized Phantom pelvis() {
        if (pelvis == null) {
            pelvis = PelvisPhantom.build(
                    seed,
                    !female,
                    bodyPart.equals("PROSTATE") ? PelvisPhantom.Lesion.PROSTATE : PelvisPhantom.Lesion.RECTUM);
        }
        return pelvis;
    }

    /** Where each kind looks; a PET covers its CT's length with 4 mm slices and pixels. */
    private Volume volume(Kind kind) {
        return switch (kind) {
            case CHEST_CT, BREAST_CT -> new Volume(0, 10, 380, 320, -8, 50, 5, 5);
            case ABDOMEN_CT -> new Volume(0, 10, 380, 320, -250, 48, 5, 5);
            case PELVIS_CT -> new Volume(0, 12, 400, 320, -465, 38, 5, 5);
            case PELVIS_MR ->
                bodyPart.equals("PROSTATE")
                        ? new Volume(0, -8, 200, 256, -522, 24, 3.5, 3)
                        : new Volume(0, 15, 240, 256, -500, 28, 4, 3.5);
            case CHEST_PET, BREAST_PET -> pet(volume(Kind.CHEST_CT));
            case ABDOMEN_PET -> pet(volume(Kind.ABDOMEN_CT));
            case PELVIS_PET -> pet(volume(Kind.PELVIS_CT));
            case MAMMOGRAM, CHEST_CR -> throw new IllegalArgumentException(kind + " is not an axial volume");
        };
    }

    private static Volume pet(Volume ct) {
        int slices = (int) ((ct.slices() - 1) * ct.step() / 4) + 1;
        return new Volume(ct.cx(), ct.cy(), 512, 128, ct.zTop(), slices, 4, 4);
    }

    private SeriesContext context(SampleSeriesPlan s, int index) {
        int study = s.study();
        int number = 1
                + (int) plan.subList(0, index).stream()
                        .filter(p -> p.study() == study)
                        .count();
        LocalDate date = LocalDate.of(2019, 1, 7)
                .plusDays(Math.floorMod(seed >>> 16, 1500))
                .plusDays(9L * study);
        boolean petCt =
                plan.stream().anyMatch(p -> p.study() == study && p.modality().equals("PT"));
        boolean geometry = !s.modality().equals("MG") && !s.modality().equals("CR");
        return new SeriesContext(
                patient,
                uids.uid("study:" + study),
                "S" + (study + 1),
                date.format(DateTimeFormatter.BASIC_ISO_DATE),
                String.format("%02d%02d00", 8 + study * 2, Math.floorMod(seed >>> 24, 60)),
                studyDescription(s, petCt),
                String.format("SMP%06d%d", Math.floorMod(seed, 1_000_000), study + 1),
                uids.uid("series:" + index),
                number,
                s.description(),
                s.modality(),
                bodyPart,
                geometry ? uids.uid("for:" + study) : null,
                "Synthetic " + s.modality());
    }

    private String studyDescription(SampleSeriesPlan s, boolean petCt) {
        String region = switch (s.kind()) {
            case CHEST_CT, CHEST_PET, BREAST_CT, BREAST_PET -> "chest";
            case ABDOMEN_CT, ABDOMEN_PET -> "abdomen";
            case PELVIS_CT, PELVIS_PET, PELVIS_MR -> bodyPart.equals("PROSTATE") ? "prostate" : "pelvis";
            case MAMMOGRAM -> "screening mammography";
            case CHEST_CR -> "chest radiograph";
        };
        String what = s.kind() == Kind.MAMMOGRAM || s.kind() == Kind.CHEST_CR
                ? region
                : (petCt ? "PET/CT " : s.modality() + " ") + region;
        return what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1) + " (synthetic)";
    }
}
