package eu.eucaim.workstation.viewer.engine;

/**
 * A picture as plain pixels, row by row, one ARGB int each: what a view-model holds where a view would hold an
 * {@code Image} (thumbnails, a viewport to export), so view-models stay free of scene types.
 */
public record ArgbImage(int width, int height, int[] argb) {

    public ArgbImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image needs a positive size, not " + width + " × " + height);
        }
        if (argb == null || argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + " × " + height + " image needs " + width * height
                    + " pixels, not " + (argb == null ? "none" : argb.length));
        }
    }
}
