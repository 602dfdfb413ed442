package eu.eucaim.workstation.dicom;

import java.nio.file.Path;

/**
 * A parsed Part 10 file.
 *
 * @param file           where it was read from (null when built in memory)
 * @param fileMeta       group 0002 (empty when the file had none)
 * @param dataset        the data set
 * @param transferSyntax the transfer syntax the data set was read with (from the File Meta, or guessed)
 * @param preamble       whether the file had the 128-byte preamble and "DICM"
 */
public record DicomFile(
        Path file, Dataset fileMeta, Dataset dataset, TransferSyntax transferSyntax, boolean preamble) {}
