package eu.eucaim.workstation.dicom.json;

import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.ReadOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The logic of {@code eucaim dicom dump}: the DICOM JSON model of a file, like {@code dcm2json}
 * (File Meta left out unless asked for). Exit status 0, or 2 with one error line.
 */
public final class DicomDump {

    private DicomDump() {}

    public static int run(
            Path file, BulkDataMode mode, boolean pretty, boolean withMeta, OutputStream out, PrintStream err) {
        DicomFile f;
        try {
            f = new DicomReader(ReadOptions.DEFAULT).readFile(file);
        } catch (DicomParseException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        try {
            DicomJsonWriter writer = new DicomJsonWriter(mode, pretty);
            writer.write(withMeta ? Merged.withMeta(f) : f.dataset(), out);
            out.write('\n');
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            // The header parsed but a bulk value could not be read (file changed or truncated meanwhile).
            err.println("error: " + file + ": " + e.getMessage());
            return 2;
        }
    }

    /** The data set with the File Meta elements added in front (dcm2json +m). */
    private static final class Merged {
        static eu.eucaim.workstation.dicom.Dataset withMeta(DicomFile f) {
            eu.eucaim.workstation.dicom.Dataset all = new eu.eucaim.workstation.dicom.Dataset(
                    f.dataset().byteOrder(), f.dataset().charset());
            f.fileMeta().elements().forEach(all::put);
            f.dataset().elements().forEach(all::put);
            return all;
        }
    }

    public static void main(String[] args) {
        // For the reference scripts and quick looks: dump FILE [inline|uri|omit]
        BulkDataMode mode =
                args.length > 1 ? BulkDataMode.valueOf(args[1].toUpperCase(java.util.Locale.ROOT)) : BulkDataMode.URI;
        System.exit(run(Path.of(args[0]), mode, false, false, System.out, System.err));
    }
}
