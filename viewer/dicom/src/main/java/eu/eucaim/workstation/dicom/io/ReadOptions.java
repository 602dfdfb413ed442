package eu.eucaim.workstation.dicom.io;

/**
 * How much of a file to read.
 *
 * @param stopBeforePixelData  stop at the first top-level tag at or after (7FE0,0010): a header scan
 * @param bulkDataThreshold    values at least this long (bytes) are kept as file references, not read;
 *                             pixel data (7FE0,0008/0009/0010) is always a reference when reading a file
 * @param maxDepth             deepest allowed sequence nesting
 */
public record ReadOptions(boolean stopBeforePixelData, long bulkDataThreshold, int maxDepth) {

    public static final int DEFAULT_MAX_DEPTH = 200;

    /** Everything, values of 64 KiB or more left in the file. */
    public static final ReadOptions DEFAULT = new ReadOptions(false, 64 * 1024, DEFAULT_MAX_DEPTH);

    /** Header only: no pixel data, large values left in the file. */
    public static final ReadOptions HEADER = new ReadOptions(true, 4 * 1024, DEFAULT_MAX_DEPTH);

    /** Every value in memory except pixel data. */
    public static final ReadOptions ALL_IN_MEMORY = new ReadOptions(false, Long.MAX_VALUE, DEFAULT_MAX_DEPTH);
}
