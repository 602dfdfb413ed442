package eu.eucaim.workstation.dicom.pixel;

import java.awt.image.Raster;

/**
 * JPEG 2000 (Part 1): through OpenJPEG ({@link OpenJpegDecoder}, Debian's libopenjp2-7) when it loads, else
 * through jai-imageio's pure-Java JJ2000 reader, which is slower and gets some streams wrong. Both undo the
 * multiple component transform themselves, so an RCT/ICT frame comes back as RGB.
 */
final class Jpeg2000Decoder {
    private static final ImageIoFrameReader READER = new ImageIoFrameReader(
            "JPEG 2000", "jpeg2000", r -> r.getClass().getName().startsWith("com.github.jaiimageio."));

    private Jpeg2000Decoder() {}

    /** Which implementation decodes JPEG 2000 here, for reports. */
    static String implementation() {
        return OpenJpegDecoder.available()
                ? "OpenJPEG (libopenjp2)"
                : "jai-imageio JJ2000 (libopenjp2 not loaded: " + OpenJpegDecoder.problem() + ")";
    }

    static DecodedFrame decode(PixelFormat f, int frameIndex, byte[] data) {
        J2kHeader header = J2kHeader.parse(data, frameIndex);
        DecodedFrame frame = OpenJpegDecoder.available()
                ? OpenJpegDecoder.decode(f, frameIndex, data)
                : RasterSamples.toFrame(READER.read(data, frameIndex), f, frameIndex, "JPEG 2000");
        if (f.samplesPerPixel() == 3 && header.multipleComponentTransform()) {
            return new DecodedFrame(
                    frame.format().withPhotometric(Photometric.RGB.dicomName(), 0),
                    frameIndex,
                    frame.bytes(),
                    frame.shorts(),
                    frame.ints());
        }
        return frame;
    }

    /** The jai-imageio path alone, so tests can compare it with OpenJPEG on machines that have both. */
    static DecodedFrame decodeWithImageIo(PixelFormat f, int frameIndex, byte[] data) {
        Raster raster = READER.read(data, frameIndex);
        return RasterSamples.toFrame(raster, f, frameIndex, "JPEG 2000");
    }
}
