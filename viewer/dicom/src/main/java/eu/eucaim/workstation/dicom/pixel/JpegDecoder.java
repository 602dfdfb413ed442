package eu.eucaim.workstation.dicom.pixel;

import java.awt.image.Raster;

/**
 * JPEG baseline, extended and lossless (processes 1, 2/4, 14 and SV1). Lossless streams of the usual shape go
 * to {@link LosslessJpegDecoder}, other lossless ones to TwelveMonkeys' reader, which delegates lossy JPEG to the
 * JDK's libjpeg (8-bit only); 12-bit lossy JPEG goes to {@link SequentialDctDecoder}.
 */
final class JpegDecoder {
    private static final ImageIoFrameReader READER =
            new ImageIoFrameReader("JPEG", "jpeg", r -> r.getClass().getName().startsWith("com.twelvemonkeys."));

    private JpegDecoder() {}

    static DecodedFrame decode(PixelFormat f, int frameIndex, byte[] data) {
        JpegHeader header = JpegHeader.parse(data, frameIndex);
        if (!header.lossless() && header.precision() > 8) {
            // The JDK's libjpeg is 8-bit only: 12-bit JPEG Extended goes through our own decoder.
            int[] samples = SequentialDctDecoder.decode(data, frameIndex);
            if (samples.length != f.samplesPerFrame()) {
                throw new PixelDataException("JPEG frame " + frameIndex + " has " + samples.length
                        + " samples, the data set says " + f.samplesPerFrame());
            }
            return RasterSamples.toFrame(samples, f, frameIndex);
        }
        if (header.sofType() == 3) {
            int[] samples = LosslessJpegDecoder.decode(data, frameIndex, f.samplesPerFrame());
            if (samples != null) {
                return RasterSamples.toFrame(samples, f, frameIndex);
            }
        }
        Raster raster = READER.read(JpegSanitizer.sanitise(data, header.lossless()), frameIndex);
        return RasterSamples.toFrame(raster, f, frameIndex, "JPEG");
    }
}
