package eu.eucaim.workstation.viewer.engine;

/** How the renderer samples the image: nearest (pixels visible as squares) or bilinear (smooth). */
public enum Interpolation {
    NEAREST,
    BILINEAR
}
