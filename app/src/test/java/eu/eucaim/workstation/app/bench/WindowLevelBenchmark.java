package eu.eucaim.workstation.app.bench;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.image.ImagePixelModule;
import eu.eucaim.workstation.dicom.image.StoredSamples;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import eu.eucaim.workstation.viewer.engine.GrayLut;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.Renderer;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.SliceReader;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import eu.eucaim.workstation.viewer.engine.WindowLevel;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@link ViewerBenchmark}'s window/level figure: one window change on a 2048 × 2048 image against a plain LUT pass. */
final class WindowLevelBenchmark {
    private WindowLevelBenchmark() {}

    /** One window change on 2048 × 2048 at 1:1 (LUT over the frame's range + resampling) vs one plain LUT pass. */
    static String windowLevel(Path tmp) throws Exception {
        int n = 2048;
        Path file = tmp.resolve("big.dcm");
        Dataset ds = SyntheticStudy.ctHeader(9, "2048", 0, n, n);
        short[] px = new short[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                px[y * n + x] = (short) ViewerBenchmark.phantom(x / 4, y / 4, ViewerBenchmark.SLICES / 2);
            }
        }
        ImagePixelModule.put(
                ds, new PixelFormat(n, n, 1, 16, 16, 15, 1, "MONOCHROME2", 0, 1), StoredSamples.littleEndian(px));
        DicomWriter.write(file, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
        Slice s = new SliceReader()
                .read(new eu.eucaim.workstation.viewer.engine.FrameRef(
                        new eu.eucaim.workstation.dicom.source.LocalFile(file), 0));
        short[] src = s.pixels().shorts();
        GrayLut base = GrayLut.of(s.pixels(), s.display(), new WindowLevel(40, 400), false);
        int[] t = base.argb();
        int off = base.offset();
        int[] out = new int[n * n];
        ViewTransform oneToOne = new ViewTransform(n, n, n, n, 1, 0, 0, 0, false);
        List<Long> plain = new ArrayList<>();
        List<Long> update = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < src.length; k++) {
                out[k] = t[src[k] - off];
            }
            long t1 = System.nanoTime();
            GrayLut lut = GrayLut.of(s.pixels(), s.display(), new WindowLevel(40 + i, 400 + 2 * i), false);
            Renderer.render(s.pixels(), lut, oneToOne, Interpolation.NEAREST, false, out);
            long t2 = System.nanoTime();
            if (i >= 10) {
                plain.add(t1 - t0);
                update.add(t2 - t1);
            }
        }
        long p = Timings.median(plain);
        long u = Timings.median(update);
        return String.format(
                Locale.ROOT,
                "\nWindow/level update on the 2048 × 2048 image at 1:1 (median of 31 after 10"
                        + " warm-up): rebuild the LUT over the frame's value range (%d entries) and resample into a 2048 × 2048"
                        + " viewport %s; one plain LUT pass over the same array %s; ratio **%.2f** (target ≤ 2).\n",
                base.argb().length,
                Timings.ms(u),
                Timings.ms(p),
                (double) u / p);
    }
}
