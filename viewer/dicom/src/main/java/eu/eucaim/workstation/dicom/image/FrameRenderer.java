package eu.eucaim.workstation.dicom.image;

import eu.eucaim.workstation.dicom.lut.ColourDisplay;
import eu.eucaim.workstation.dicom.lut.DisplayPipeline;
import eu.eucaim.workstation.dicom.lut.VoiTransform;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import java.awt.image.BufferedImage;

/**
 * A decoded frame to opaque ARGB pixels: grayscale through the LUT pipeline (modality → VOI → presentation
 * shape, MONOCHROME1 inverted by its default shape), colour as is (16/32-bit colour keeps its top 8 bits).
 */
public final class FrameRenderer {
    /** Largest stored range tabulated for 32-bit data; wider ranges are evaluated per pixel. */
    private static final long MAX_TABLE = 1 << 24;

    private FrameRenderer() {}

    /** @param voi the VOI to use, or null for the data set's default ({@link DisplayParameters#defaultVoi}) */
    public static int[] argb(DecodedFrame frame, DisplayParameters display, VoiTransform voi) {
        PixelFormat f = frame.format();
        int[] out = new int[f.pixelsPerFrame()];
        if (f.samplesPerPixel() == 3) {
            colour(frame, out);
            return out;
        }
        long[] range = frame.minMax();
        DisplayPipeline p = display.pipeline(voi != null ? voi : display.defaultVoi(range[0], range[1]));
        if (frame.bytes() != null) {
            p.buildLut(f.bitsStored(), f.signed()).applyArgb(frame.bytes(), f.signed(), out);
        } else if (frame.shorts() != null) {
            p.buildLut(f.bitsStored(), f.signed()).applyArgb(frame.shorts(), f.signed(), out);
        } else if (range[1] <= Integer.MAX_VALUE && range[1] - range[0] < MAX_TABLE) {
            p.buildLut((int) range[0], (int) range[1]).applyArgb(frame.ints(), out);
        } else {
            // Unsigned values above 2^31 or a huge range: no table, one evaluation per pixel.
            for (int i = 0; i < out.length; i++) {
                out[i] = 0xFF00_0000 | p.displayValue(frame.sample(i)) * 0x01_01_01;
            }
        }
        return out;
    }

    /** The pixels as an RGB image (for ImageIO). */
    public static BufferedImage image(int[] argb, int columns, int rows) {
        BufferedImage img = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, columns, rows, argb, 0, columns);
        return img;
    }

    private static void colour(DecodedFrame frame, int[] out) {
        if (frame.bytes() != null) {
            ColourDisplay.toArgb(frame.bytes(), out);
        } else if (frame.shorts() != null) {
            ColourDisplay.toArgb(frame.shorts(), frame.format().bitsStored(), out);
        } else {
            int shift = Math.max(0, frame.format().bitsStored() - 8);
            int[] s = frame.ints();
            for (int i = 0, p = 0; p < out.length; i += 3, p++) {
                out[p] = 0xFF00_0000
                        | (s[i] >>> shift & 0xFF) << 16
                        | (s[i + 1] >>> shift & 0xFF) << 8
                        | s[i + 2] >>> shift & 0xFF;
            }
        }
    }
}
