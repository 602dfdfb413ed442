package eu.eucaim.workstation.dicom;

import java.nio.file.Path;

/**
 * The one error of the reader: a file that is not (well-formed) DICOM.
 * The message reads {@code FILE: offset N: tag (gggg,eeee): what was wrong}; the tag part is left out
 * when the problem is before the first element.
 */
public class DicomParseException extends Exception {

    public static final int NO_TAG = -1;

    private final transient Path file;
    private final long offset;
    private final int tag;
    private final String problem;

    public DicomParseException(Path file, long offset, int tag, String problem) {
        this(file, offset, tag, problem, null);
    }

    public DicomParseException(Path file, long offset, int tag, String problem, Throwable cause) {
        super(format(file, offset, tag, problem), cause);
        this.file = file;
        this.offset = offset;
        this.tag = tag;
        this.problem = problem;
    }

    private static String format(Path file, long offset, int tag, String problem) {
        StringBuilder sb = new StringBuilder(128);
        sb.append(file == null ? "<stream>" : file.toString())
                .append(": offset ")
                .append(offset);
        if (tag != NO_TAG) {
            sb.append(": tag ").append(Tag.toString(tag));
        }
        return sb.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    public long offset() {
        return offset;
    }

    /** The tag being read, or {@link #NO_TAG}. */
    public int tag() {
        return tag;
    }

    public String problem() {
        return problem;
    }
}
