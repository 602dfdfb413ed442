package eu.eucaim.workstation.viewer.viewport;

import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import eu.eucaim.workstation.viewer.engine.WindowLevel;

/** A viewport-sized ARGB image made off the FX thread, with what it shows (for overlays and the cursor). */
public record RenderedFrame(
        int[] argb,
        int width,
        int height,
        Slice slice,
        int index,
        ViewTransform transform,
        WindowLevel window,
        long renderNanos) {}
