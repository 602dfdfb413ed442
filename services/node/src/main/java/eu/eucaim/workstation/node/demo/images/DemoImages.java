package eu.eucaim.workstation.node.demo.images;

import eu.eucaim.workstation.api.platform.AtomicFile;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Writes the procedurally generated demo studies as DICOM Part 10 files (explicit VR little endian) with the
 * DICOM core's writer: a CT volume, an MR series, a multi-frame angiography cine and a 2048 x 2048 radiograph of
 * one fictional phantom patient. Everything follows from the seed: the same seed gives byte-identical files.
 * Layout: {@code dir/<KIND>/IM00001.dcm ...}; each file is written through {@link AtomicFile}, so a file under
 * its final name is always complete.
 */
public final class DemoImages {
    /** Slices of the CT volume by default. */
    public static final int CT_SLICES = 300;

    private final long seed;
    private final int ctSlices;
    private final DemoUids uids;
    private final DemoPatient patient;
    private Phantom phantom;

    private java.util.function.BooleanSupplier cancelled = () -> false;

    public DemoImages(long seed) {
        this(seed, CT_SLICES);
    }

    /**
     * With a CT volume of {@code ctSlices} slices (1..{@value #CT_SLICES}) over the same extent, thicker when
     * fewer: a smaller, quicker set with every study still there.
     */
    public DemoImages(long seed, int ctSlices) {
        if (ctSlices < 1 || ctSlices > CT_SLICES) {
            throw new IllegalArgumentException("CT slices must be 1.." + CT_SLICES + ", got " + ctSlices);
        }
        this.ctSlices = ctSlices;
        this.seed = seed;
        this.uids = new DemoUids(seed);
        this.patient = DemoPatient.of(seed);
    }

    /** Writes the given kinds below dir (created when missing); existing files of the same names are replaced. */
    public List<GeneratedSeries> write(Path dir, Collection<DemoImageKind> kinds) throws IOException {
        List<GeneratedSeries> out = new ArrayList<>();
        for (DemoImageKind kind : DemoImageKind.values()) {
            if (kinds.contains(kind)) {
                out.add(write(dir, kind));
            }
        }
        return out;
    }

    /**
     * Makes the writes stop (with an {@link java.io.InterruptedIOException}) before the next instance once
     * {@code when} turns true: a node that stops does not go on writing for seconds.
     */
    public DemoImages cancelledWhen(java.util.function.BooleanSupplier when) {
        this.cancelled = when;
        return this;
    }

    public List<GeneratedSeries> writeAll(Path dir) throws IOException {
        return write(dir, List.of(DemoImageKind.values()));
    }

    private GeneratedSeries write(Path dir, DemoImageKind kind) throws IOException {
        boolean smallCt = kind == DemoImageKind.CT && ctSlices != CT_SLICES;
        Path folder = Files.createDirectories(dir.resolve(kind.folder() + (smallCt ? "-" + ctSlices : "")));
        SeriesContext ctx = context(kind);
        return switch (kind) {
            case CT -> {
                CtSeries ct = new CtSeries(phantom(), ctx, uids, seed, ctSlices);
                yield series(cancelled, kind, ctx, folder, ctSlices, ct::slice);
            }
            case MR ->
                series(cancelled, kind, ctx, folder, MrSeries.SLICES, new MrSeries(phantom(), ctx, uids, seed)::slice);
            case XA -> series(cancelled, kind, ctx, folder, 1, i -> new AngioCine(ctx, uids, seed).instance());
            case CR ->
                series(
                        cancelled,
                        kind,
                        ctx,
                        folder,
                        1,
                        i -> new ChestRadiograph(phantom(), ctx, uids, seed).instance());
        };
    }

    private synchronized Phantom phantom() {
        if (phantom == null) {
            phantom = BodyPhantom.build(seed);
        }
        return phantom;
    }

    /**
     * Builds and writes instances in parallel: each is independent and seeded by its index. A failure or a cancel
     * is recorded, the instances not yet started are skipped, and it is thrown only once every running write has
     * ended: a parallel stream that throws returns while its other workers still write, and a caller that then
     * removed the folder would see it come back (the writer makes its parent folder).
     */
    private static GeneratedSeries series(
            java.util.function.BooleanSupplier cancelled,
            DemoImageKind kind,
            SeriesContext ctx,
            Path folder,
            int count,
            IntFunction<Dataset> instance)
            throws IOException {
        return new GeneratedSeries(
                kind, ctx.studyUid(), ctx.seriesUid(), writeInstances(cancelled, folder, count, instance));
    }

    /**
     * Builds and writes instances {@code IM00001.dcm ...} in parallel: each is independent and seeded by its index.
     * A failure or a cancel is recorded, the instances not yet started are skipped, and it is thrown only once every
     * running write has ended: a parallel stream that throws returns while its other workers still write, and a
     * caller that then removed the folder would see it come back (the writer makes its parent folder).
     */
    static List<Path> writeInstances(
            java.util.function.BooleanSupplier cancelled, Path folder, int count, IntFunction<Dataset> instance)
            throws IOException {
        List<Path> files = IntStream.range(0, count)
                .mapToObj(i -> folder.resolve(String.format("IM%05d.dcm", i + 1)))
                .toList();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        IntStream.range(0, count).parallel().forEach(i -> {
            if (failure.get() != null) {
                return;
            }
            try {
                if (cancelled.getAsBoolean()) {
                    throw new java.io.InterruptedIOException("demo image generation cancelled");
                }
                Dataset ds = instance.apply(i);
                AtomicFile.write(files.get(i), out -> DicomWriter.write(out, ds, TransferSyntax.EXPLICIT_VR_LE_UID));
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        });
        Throwable t = failure.get();
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        return files;
    }

    private SeriesContext context(DemoImageKind kind) {
        int n = kind.ordinal();
        String study = "study:" + kind;
        String date = String.format("2024%02d%02d", 3 + n, 10 + n);
        return new SeriesContext(
                patient,
                uids.uid(study),
                "DEMO" + (n + 1),
                date,
                String.format("%02d1500", 9 + n),
                kind.studyDescription(),
                String.format("ACC%04d%d", Math.floorMod(seed, 10_000), n + 1),
                uids.uid("series:" + kind + (kind == DemoImageKind.CT && ctSlices != CT_SLICES ? ":" + ctSlices : "")),
                1,
                kind.seriesDescription(),
                kind.modality(),
                kind.bodyPart(),
                kind == DemoImageKind.CT || kind == DemoImageKind.MR ? uids.uid("for:" + kind) : null,
                "Phantom " + kind.modality());
    }
}
