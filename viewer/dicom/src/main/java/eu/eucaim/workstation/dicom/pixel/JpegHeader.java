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
        JpegHeader[] found = new JpegHeader[1];
        JpegSegments.walk(d, "JPEG frame " + frameIndex, (marker, body, end) -> {
            if (JpegSegments.isFrameHeader(marker) && body + 5 < end) {
                found[0] = new JpegHeader(marker - 0xC0, d[body] & 0xFF, d[body + 5] & 0xFF);
            }
            return found[0] != null || marker == 0xDA;
        });
        if (found[0] != null) {
            return found[0];
        }
        throw new PixelDataException("JPEG frame " + frameIndex + " has no frame header (SOF marker) before its scan");
    }
}
