package eu.eucaim.workstation.api.dicomweb;

import java.util.Objects;

/**
 * How WADO-RS should render an image for the screen (PS3.18 8.3.5, the {@code /rendered} and {@code /thumbnail}
 * resources): its media type ({@code Accept}), and optionally a VOI window and a viewport to fit.
 *
 * <pre>{@code
 * Rendering.png().withWindow(40, 400).withViewport(256, 256)
 * }</pre>
 *
 * @param mediaType {@link #JPEG} or {@link #PNG}
 * @param window    the {@code window} parameter, or null for the server's default (the image's own window)
 * @param viewport  the {@code viewport} parameter, or null for the image's own size
 */
public record Rendering(String mediaType, Window window, Viewport viewport) {
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    public Rendering {
        if (!JPEG.equals(mediaType) && !PNG.equals(mediaType)) {
            throw new IllegalArgumentException("A rendered image is " + JPEG + " or " + PNG + ", not " + mediaType);
        }
    }

    public static Rendering jpeg() {
        return new Rendering(JPEG, null, null);
    }

    public static Rendering png() {
        return new Rendering(PNG, null, null);
    }

    /** With a linear VOI window of {@code center} and {@code width}. */
    public Rendering withWindow(double center, double width) {
        return new Rendering(mediaType, new Window(center, width, Window.LINEAR), viewport);
    }

    public Rendering withViewport(int width, int height) {
        return new Rendering(mediaType, window, new Viewport(width, height));
    }

    /**
     * {@code window=center,width,function}.
     *
     * @param function {@code linear}, {@code linear-exact} or {@code sigmoid} (PS3.3 C.11.2.1.3)
     */
    public record Window(double center, double width, String function) {
        public static final String LINEAR = "linear";

        public Window {
            if (!(width >= 1)) {
                throw new IllegalArgumentException("A window's width is at least 1, not " + width);
            }
            Objects.requireNonNull(function, "function");
            if (!java.util.Set.of(LINEAR, "linear-exact", "sigmoid").contains(function)) {
                throw new IllegalArgumentException(
                        "A window's function is linear, linear-exact or sigmoid, not " + function);
            }
        }

        /** The parameter's value, numbers without a needless ".0". */
        public String parameter() {
            return number(center) + "," + number(width) + "," + function;
        }

        private static String number(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
    }

    /** {@code viewport=width,height}: the rendered image's size in pixels. */
    public record Viewport(int width, int height) {
        public Viewport {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("A viewport is at least 1×1 pixels, not " + width + "×" + height);
            }
        }

        public String parameter() {
            return width + "," + height;
        }
    }
}
