package eu.eucaim.workstation.app.bench;

import eu.eucaim.workstation.dicom.study.DicomScanner;
import eu.eucaim.workstation.dicom.study.ScanResult;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.GrayLut;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.Renderer;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.SliceReader;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import eu.eucaim.workstation.viewer.engine.WindowLevel;
import java.io.IOException;
import java.nio.file.Path;

/** The viewer's engine as the benchmarks drive it: a scanned series' loader, and rendering as a viewport does. */
final class ViewerFrames {
    private ViewerFrames() {}

    /** A loader for the first series found under {@code dir}, as the browser makes one. */
    static SeriesLoader firstSeries(Path dir, FrameCache cache, DecodePool pool) throws IOException {
        ScanResult r = new DicomScanner().scan(dir);
        var p = r.patients().get(0);
        var st = p.studies().get(0);
        SeriesItem item = new SeriesItem(p, st, st.series().get(0));
        return new SeriesLoader(item.frames(), new SliceReader(), cache, pool);
    }

    private static int[] buffer = new int[0];

    /** Renders as a viewport does, into a reused buffer (the viewport keeps two and uses them in turn). */
    static int[] render(Slice s, int w, int h, WindowLevel wl, Interpolation interp) {
        if (buffer.length != w * h) {
            buffer = new int[w * h];
        }
        int[] out = buffer;
        ViewTransform t = new ViewTransform(
                s.pixels().width(),
                s.pixels().height(),
                w,
                h,
                ViewTransform.fitZoom(s.pixels().width(), s.pixels().height(), w, h, 0, 1),
                0,
                0,
                0,
                false);
        Renderer.render(s.pixels(), GrayLut.of(s.pixels(), s.display(), wl, false), t, interp, false, out);
        return out;
    }
}
