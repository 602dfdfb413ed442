package eu.eucaim.workstation.dicom.io;

/**
 * How much of a file to read.
 *
 * @param stopBeforePixelData  stop at the first top-level tag at or after (7FE0,0010): a header scan
 * @param bulkDataThreshold    values at least this long (bytes) are kept as file references, not read;
 *                             pixel data (7FE0,0008/0009/0010) is always a reference when reading a file
 * @param maxDepth             deepest allowed sequence nesting
 * @param stopAtTag            stop at the first top-level tag at or after this one (unsigned order); 0xFFFFFFFF
 *                             reads to the end. A study scan needs nothing after (0028,0008), so it stops there
 *                             and never reads the rest of the header.
 * @param onlyTags             when not null, the top-level tags to keep (a short list, in any order); every other
 *                             top-level element is stepped over without being stored, and a defined-length
 *                             sequence without being parsed. A study scan keeps the twenty or so attributes
 *                             its tree uses.
 */
public record ReadOptions(
        boolean stopBeforePixelData, long bulkDataThreshold, int maxDepth, int stopAtTag, int[] onlyTags) {

    public static final int DEFAULT_MAX_DEPTH = 200;
    /** {@link #stopAtTag} value that reads every top-level element. */
    public static final int NO_STOP_TAG = 0xFFFFFFFF;

    /** Everything, values of 64 KiB or more left in the file. */
    public static final ReadOptions DEFAULT = new ReadOptions(false, 64 * 1024, DEFAULT_MAX_DEPTH);

    /** Header only: no pixel data, large values left in the file. */
    public static final ReadOptions HEADER = new ReadOptions(true, 4 * 1024, DEFAULT_MAX_DEPTH);

    /** Every value in memory except pixel data. */
    public static final ReadOptions ALL_IN_MEMORY = new ReadOptions(false, Long.MAX_VALUE, DEFAULT_MAX_DEPTH);

    public ReadOptions(boolean stopBeforePixelData, long bulkDataThreshold, int maxDepth) {
        this(stopBeforePixelData, bulkDataThreshold, maxDepth, NO_STOP_TAG, null);
    }

    /** These options, stopping at the first top-level tag at or after {@code tag}. */
    public ReadOptions withStopAtTag(int tag) {
        return new ReadOptions(stopBeforePixelData, bulkDataThreshold, maxDepth, tag, onlyTags);
    }

    /** These options, keeping only the top-level elements with these tags. */
    public ReadOptions withOnlyTags(int... tags) {
        return new ReadOptions(stopBeforePixelData, bulkDataThreshold, maxDepth, stopAtTag, tags.clone());
    }

    /** Whether a top-level element with {@code tag} is stored. */
    public boolean keeps(int tag) {
        if (onlyTags == null) {
            return true;
        }
        for (int t : onlyTags) {
            if (t == tag) {
                return true;
            }
        }
        return false;
    }
}
