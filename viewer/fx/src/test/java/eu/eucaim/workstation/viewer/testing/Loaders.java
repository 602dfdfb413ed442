package eu.eucaim.workstation.viewer.testing;

import eu.eucaim.workstation.viewer.engine.SeriesLoader;

/** What tests ask of a loader that the viewer itself never needs to. */
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
}
