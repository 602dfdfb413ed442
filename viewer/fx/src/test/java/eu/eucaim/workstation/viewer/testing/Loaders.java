package eu.eucaim.workstation.viewer.testing;

import eu.eucaim.workstation.dicom.study.DicomScanner;
import eu.eucaim.workstation.dicom.study.Instance;
import eu.eucaim.workstation.dicom.study.Series;
import eu.eucaim.workstation.viewer.engine.FrameRef;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A loader's frames as a scan gives them, and what tests ask of a loader that the viewer itself never needs to. */
public final class Loaders {
    private Loaders() {}

    /** True when every slice of the loader's series is decoded and in its cache. */
    public static boolean allCached(SeriesLoader loader) {
        for (int i = 0; i < loader.size(); i++) {
            if (loader.cached(i) == null) {
                return false;
            }
        }
        return true;
    }

    /** Every frame of the first series found under {@code dir}, in slice order. */
    public static List<FrameRef> frames(Path dir) throws IOException {
        Series s = new DicomScanner()
                .scan(dir)
                .patients()
                .get(0)
                .studies()
                .get(0)
                .series()
                .get(0);
        List<FrameRef> out = new ArrayList<>();
        for (Instance i : s.instances()) {
            for (int f = 0; f < i.frames(); f++) {
                out.add(new FrameRef(i.source(), f));
            }
        }
        return out;
    }
}
