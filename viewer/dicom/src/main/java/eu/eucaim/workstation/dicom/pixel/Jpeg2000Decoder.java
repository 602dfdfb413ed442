package eu.eucaim.workstation.dicom.pixel;

import java.awt.image.Raster;

/**
 * JPEG 2000 (Part 1) through jai-imageio's JJ2000 reader. The reader undoes the multiple component transform
 * itself, so an RCT/ICT frame comes back as RGB.
 */
final class Jpeg2000Decoder {
    private static final ImageIoFrameReader READER = new ImageIoFrameReader("JPEG 2000", "jpeg2000",
            r -> r.getClass().getName().startsWith("com.github.jaiimageio."));

    private Jpeg2000Decoder() {
    }

    /** Returns the frame and whether its colour components are already RGB (MCT undone by the decoder). */
    static DecodedFrame decode(PixelFormat f, int frameIndex, byte[] data) {
        J2kHeader header = J2kHeader.parse(data, frameIndex);
        Raster raster = READER.read(data, frameIndex);
        DecodedFrame frame = RasterSamples.toFrame(raster, f, frameIndex, "JPEG 2000");
        if (f.samplesPerPixel() == 3 && header.multipleComponentTransform()) {
            return new DecodedFrame(frame.format().withPhotometric(Photometric.RGB.dicomName(), 0), frameIndex,
                    frame.bytes(), frame.shorts(), frame.ints());
        }
        return frame;
    }
}
