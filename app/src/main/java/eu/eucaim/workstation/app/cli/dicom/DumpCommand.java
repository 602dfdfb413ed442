package eu.eucaim.workstation.app.cli.dicom;

import eu.eucaim.workstation.dicom.json.BulkDataMode;
import eu.eucaim.workstation.dicom.json.DicomDump;
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints the DICOM JSON model (PS3.18 F) of a file, shaped like dcmtk's dcm2json. Pixel data and other
 * large values are a BulkDataURI {@code file:///...?offset=N&length=M} (the value's byte range in the file)
 * unless {@code --bulk-data=inline} or {@code omit}. Exit 0; on an unreadable file one line
 * {@code error: FILE: offset N: tag (gggg,eeee): ...} on stderr and exit 2.
 */
@Command(
        name = "dump",
        description = "Print a DICOM file as DICOM JSON (like dcm2json).",
        mixinStandardHelpOptions = true)
public class DumpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
    Path file;

    @Option(names = "--compact", description = "one line, no indentation")
    boolean compact;

    @Option(names = "--meta", description = "include the File Meta group 0002 (dcm2json +m)")
    boolean meta;

    @Option(
            names = "--bulk-data",
            paramLabel = "MODE",
            converter = BulkModeConverter.class,
            description = "uri (default), inline (base64 like dcm2json) or omit")
    BulkDataMode bulkData = BulkDataMode.URI;

    /** Lower-case mode names on the command line, whatever the root command's enum settings. */
    static final class BulkModeConverter implements picocli.CommandLine.ITypeConverter<BulkDataMode> {
        @Override
        public BulkDataMode convert(String value) {
            try {
                return BulkDataMode.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected uri, inline or omit, not " + value);
            }
        }
    }

    @Override
    public Integer call() {
        // Through picocli's writers, so callers (and tests) choose where output goes.
        PrintStream out = new PrintStream(
                new BufferedOutputStream(new WriterStream(spec.commandLine().getOut()), 1 << 16),
                false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new WriterStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
        int rc = DicomDump.run(file, bulkData, !compact, meta, out, err);
        out.flush();
        err.flush();
        return rc;
    }
}
