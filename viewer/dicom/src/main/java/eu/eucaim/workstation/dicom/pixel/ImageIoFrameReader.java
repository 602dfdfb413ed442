package eu.eucaim.workstation.dicom.pixel;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads the raster (raw component values, no colour conversion, so 16-bit lossless values stay exact) of one
 * compressed frame through an ImageIO plug-in. ImageIO readers are not thread-safe: each thread keeps its own.
 */
final class ImageIoFrameReader {
    private final String codec;
    private final ThreadLocal<ImageReader> readers;

    ImageIoFrameReader(String codec, String formatName, Predicate<ImageReader> wanted) {
        this.codec = codec;
        this.readers = ThreadLocal.withInitial(() -> find(formatName, wanted));
    }

    static {
        // Registers plug-ins of the context class loader too (the default registry only sees the system one).
        ImageIO.scanForPlugins();
    }

    /** Null when the plug-in is not on the class path. */
    private static ImageReader find(String formatName, Predicate<ImageReader> wanted) {
        Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(formatName);
        while (it.hasNext()) {
            ImageReader r = it.next();
            if (wanted.test(r)) {
                return r;
            }
        }
        return null;
    }

    boolean available() {
        return readers.get() != null;
    }

    Raster read(byte[] data, int frameIndex) {
        ImageReader reader = readers.get();
        if (reader == null) {
            throw new UnsupportedTransferSyntaxException(codec + " decoder plug-in is not on the class path");
        }
        ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data));
        boolean ok = false;
        try {
            reader.setInput(in, true, true);
            Raster raster = reader.readRaster(0, null);
            ok = true;
            return raster;
        } catch (IOException | RuntimeException | LinkageError e) {
            // Third-party decoders report corrupt streams with all kinds of runtime exceptions.
            throw new PixelDataException(
                    codec + " frame " + frameIndex + " (" + data.length + " bytes) cannot be decoded: " + e, e);
        } finally {
            release(reader, in, ok);
        }
    }

    /** A reader that failed may be left in a broken state: the thread gets a fresh one next time. */
    private void release(ImageReader reader, ImageInputStream in, boolean ok) {
        try {
            reader.setInput(null);
            in.close();
        } catch (IOException | RuntimeException e) {
            ok = false;
        }
        if (!ok) {
            readers.remove();
            try {
                reader.dispose();
            } catch (RuntimeException ignored) {
                // already unusable
            }
        }
    }
}
