package eu.eucaim.workstation.client.library;

import eu.eucaim.workstation.api.library.InstanceOrigin;
import eu.eucaim.workstation.api.library.Provenance;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/** Real DICOM files written by the project's own writer, with UIDs under a test root, for the library's tests. */
final class TestInstances {
    static final Provenance ORTHANC =
            Provenance.remote("Orthanc", URI.create("http://127.0.0.1:8042/dicom-web"), "ds-1", "DOWNLOAD");
    private static final String ROOT = "1.2.826.0.1.3680043.10.1234";

    private TestInstances() {}

    static String study(int s) {
        return ROOT + ".1." + s;
    }

    static String series(int s, int se) {
        return ROOT + ".2." + s + "." + se;
    }

    static String sop(int s, int se, int i) {
        return ROOT + ".3." + s + "." + se + "." + i;
    }

    static InstanceOrigin origin(int s, int se, int i) {
        return new InstanceOrigin(ORTHANC, study(s), series(s, se), sop(s, se, i));
    }

    /** A CT image of study {@code s}, series {@code se}, instance {@code i}, with {@code pixelBytes} of pixels. */
    static Path write(Path dir, int s, int se, int i, int pixelBytes) throws IOException {
        int columns = 256;
        int rows = Math.max(1, pixelBytes / (2 * columns));
        Dataset ds = new Dataset();
        ds.put(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.put(Tags.SOPInstanceUID, VR.UI, sop(s, se, i));
        ds.put(Tags.StudyDate, VR.DA, "20240131");
        ds.put(Tags.Modality, VR.CS, "CT");
        ds.put(Tags.StudyDescription, VR.LO, "Study " + s);
        ds.put(Tags.SeriesDescription, VR.LO, "Series " + se);
        ds.put(Tags.PatientName, VR.PN, "Doe^Patient" + (s % 3));
        ds.put(Tags.PatientID, VR.LO, "P" + (s % 3));
        ds.put(Tags.StudyInstanceUID, VR.UI, study(s));
        ds.put(Tags.SeriesInstanceUID, VR.UI, series(s, se));
        ds.put(Tags.SeriesNumber, VR.IS, String.valueOf(se));
        ds.put(Tags.InstanceNumber, VR.IS, String.valueOf(i));
        ds.put(Tags.SamplesPerPixel, VR.US, 1);
        ds.put(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.put(Tags.Rows, VR.US, rows);
        ds.put(Tags.Columns, VR.US, columns);
        ds.put(Tags.BitsAllocated, VR.US, 16);
        ds.put(Tags.BitsStored, VR.US, 12);
        ds.put(Tags.HighBit, VR.US, 11);
        ds.put(Tags.PixelRepresentation, VR.US, 0);
        byte[] pixels = new byte[rows * columns * 2];
        for (int p = 0; p < pixels.length; p++) {
            pixels[p] = (byte) (p * 31 + i);
        }
        ds.put(Tags.PixelData, VR.OW, pixels);
        Path file = dir.resolve("in-" + s + "-" + se + "-" + i + ".dcm");
        DicomWriter.write(file, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
        return file;
    }
}
