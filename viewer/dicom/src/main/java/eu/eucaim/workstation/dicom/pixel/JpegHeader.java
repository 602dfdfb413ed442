package eu.eucaim.workstation.dicom.pixel;

/** The frame header (SOFn) of a JPEG stream: which process and how many bits per sample (ITU T.81 B.2.2). */
record JpegHeader(int sofType, int precision, int components) {

    boolean lossless() {
        return sofType == 3 || sofType == 7 || sofType == 11 || sofType == 15;
    }

    static JpegHeader parse(byte[] d, int frameIndex) {
        if (d.length < 4 || (d[0] & 0xFF) != 0xFF || (d[1] & 0xFF) != 0xD8) {
            throw new PixelDataException("JPEG frame " + frameIndex + " does not start with an SOI marker (FFD8)");
        }
        int i = 2;
        while (i + 4 <= d.length) {
            if ((d[i] & 0xFF) != 0xFF) {
                throw new PixelDataException("JPEG frame " + frameIndex + ": expected a marker at byte " + i);
            }
            int marker = d[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = (d[i + 2] & 0xFF) << 8 | d[i + 3] & 0xFF;
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof && i + 9 < d.length) {
                return new JpegHeader(marker - 0xC0, d[i + 4] & 0xFF, d[i + 9] & 0xFF);
            }
            if (marker == 0xDA) {
                break;
            }
            i += 2 + length;
        }
        throw new PixelDataException("JPEG frame " + frameIndex + " has no frame header (SOF marker) before its scan");
    }
}
