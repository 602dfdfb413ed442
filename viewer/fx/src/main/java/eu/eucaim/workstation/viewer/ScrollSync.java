package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.viewport.ViewportViewModel;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Synchronised scrolling: when the active viewport moves to another slice, every other viewport whose image has the
 * same Frame of Reference and parallel slices (normals within about 8°) moves to its slice nearest in position
 * along the normal. On by default. Call on the UI thread.
 */
final class ScrollSync {
    /** |cos| of the largest angle between slice normals that still counts as parallel. */
    private static final double PARALLEL = 0.99;

    private final List<ViewportViewModel> viewports;
    private final Function<ViewportViewModel, SeriesItem> shownIn;
    private final Supplier<ViewportViewModel> active;
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    /** True while moving the others, whose own slice changes must not move the rest again. */
    private boolean syncing;

    ScrollSync(
            List<ViewportViewModel> viewports,
            Function<ViewportViewModel, SeriesItem> shownIn,
            Supplier<ViewportViewModel> active) {
        this.viewports = viewports;
        this.shownIn = shownIn;
        this.active = active;
        for (ViewportViewModel vp : viewports) {
            vp.sliceProperty().addListener((o, a, s) -> follow(vp, s));
        }
    }

    BooleanProperty enabledProperty() {
        return enabled;
    }

    private void follow(ViewportViewModel source, Slice s) {
        if (!enabled.get() || syncing || source != active.get() || s == null || s.geometry() == null) {
            return;
        }
        SeriesItem from = shownIn.apply(source);
        int i = source.indexProperty().get();
        if (from == null || i < 0 || Double.isNaN(from.position(i)) || from.normal() == null) {
            return;
        }
        String frameOfReference = s.geometry().frameOfReference();
        syncing = true;
        try {
            for (ViewportViewModel other : viewports) {
                SeriesItem to = shownIn.apply(other);
                Slice current = other.sliceProperty().get();
                if (other == source
                        || to == null
                        || to == from
                        || current == null
                        || current.geometry() == null
                        || frameOfReference.isEmpty()
                        || !frameOfReference.equals(current.geometry().frameOfReference())) {
                    continue;
                }
                int best = nearest(from.normal(), from.position(i), to);
                if (best >= 0) {
                    other.setIndex(best);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * The slice of {@code to} nearest to {@code position} along {@code normal}, or -1 when its slices are not
     * parallel to that normal (or it has no geometry). A series stacked the other way round is matched too.
     */
    static int nearest(double[] normal, double position, SeriesItem to) {
        double[] n = to.normal();
        if (n == null) {
            return -1;
        }
        double cos = normal[0] * n[0] + normal[1] * n[1] + normal[2] * n[2];
        if (Math.abs(cos) < PARALLEL) {
            return -1;
        }
        double sign = Math.signum(cos);
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = 0; k < to.imageCount(); k++) {
            double d = Math.abs(to.position(k) * sign - position);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }
}
