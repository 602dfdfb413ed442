package eu.eucaim.workstation.app.cli.dicom;

import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.pixel.PixelDataException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code pixels} and {@code render} share: FILE, {@code --frame} (1-based, as DICOM numbers frames),
 * {@code --out}, and the error rule: one line {@code error: ...} on stderr and exit 2. Messages of the reader
 * ({@code FILE: offset N: tag (gggg,eeee): ...}) and of {@link DicomImage} already start with the file.
 */
final class FrameOptions {

    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
    Path file;

    @Option(
            names = "--frame",
            paramLabel = "N",
            defaultValue = "1",
            description = "frame number, 1-based like DICOM frame numbers (default: ${DEFAULT-VALUE}, the first)")
    int frame;

    @Option(
            names = "--out",
            paramLabel = "OUT",
            required = true,
            description = "output file, written atomically (temp file in the same folder, then moved)")
    Path out;

    /** What a command does with the opened image; failures are reported by {@link #run}. */
    interface Action {
        int run(DicomImage image, int frameIndex) throws IOException, Failure;
    }

    /** A usage problem found by the command itself, reported as {@code error: message}. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    int run(PrintWriter err, Action action) {
        try {
            DicomImage image = DicomImage.open(file);
            if (frame < 1 || frame > image.frameCount()) {
                throw new Failure(file + ": frame " + frame + " is out of range: the file has " + image.frameCount()
                        + (image.frameCount() == 1 ? " frame" : " frames") + " (--frame counts from 1)");
            }
            return action.run(image, frame - 1);
        } catch (DicomParseException | PixelDataException | Failure e) {
            return fail(err, e.getMessage());
        } catch (UncheckedIOException e) { // a value left in the file could not be read
            return fail(err, file + ": cannot read: " + e.getCause().getMessage());
        } catch (IOException e) { // only the output is written through checked I/O
            return fail(err, out + ": cannot write: " + e.getMessage());
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return 2;
    }
}
