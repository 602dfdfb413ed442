package eu.eucaim.workstation.dicom;

import java.nio.file.Path;

/**
 * Number of Frames (0028,0008), checked: a whole number from 1 to 2147483647 (an absent value is one frame). A
 * larger value must not wrap to a negative count or be clipped silently: such a file is reported, named with its
 * value, like any other malformed file.
 */
public final class FrameCount {
    private FrameCount() {}

    /** The frames of {@code ds} (read from {@code file}, for the message). */
    public static int of(Dataset ds, Path file) throws DicomParseException {
        double[] v = ds.getDoubles(Tags.NumberOfFrames);
        if (v.length == 0) {
            return 1;
        }
        double n = v[0];
        if (n < 1 || n > Integer.MAX_VALUE || n != Math.rint(n)) {
            String text = ds.getString(Tags.NumberOfFrames, String.valueOf(n)).strip();
            throw new DicomParseException(
                    file,
                    0,
                    Tags.NumberOfFrames,
                    "Number of Frames is " + text + ", expected a whole number from 1 to " + Integer.MAX_VALUE);
        }
        return (int) n;
    }
}
