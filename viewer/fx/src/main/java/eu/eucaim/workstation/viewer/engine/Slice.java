package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.image.DisplayParameters;

/**
 * One frame ready to show: its header (pixel data left out), stored values, display attributes and geometry;
 * or, when it could not be read or decoded, {@code error} saying which file and why (then pixels is null).
 */
public record Slice(
        FrameRef ref, Dataset header, Pixels pixels, DisplayParameters display, SliceGeometry geometry, String error) {

    public static Slice failed(FrameRef ref, Dataset header, String error) {
        return new Slice(ref, header, null, null, null, error);
    }

    public boolean ok() {
        return error == null;
    }

    /** Height over width of a pixel on screen (1 without geometry). */
    public double pixelAspect() {
        return geometry == null ? 1 : geometry.pixelAspect();
    }

    /** Bytes this slice holds in the cache (sample array; a small constant for headers and failures). */
    public long bytesHeld() {
        return pixels == null ? 1024 : pixels.bytesHeld();
    }
}
