package eu.eucaim.workstation.dicom.image;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Small images with known stored values, written with the project's own DicomWriter. Shared through this module's
 * test-jar (app's command tests use it too).
 */
public final class Synthetic {
    private Synthetic() {}

    /** A signed 16-bit CT-like image (rescale -1024), {@code frames} frames of rows x columns; frame f holds v + f. */
    public static Dataset ct(int rows, int columns, short[] values, int frames) {
        Dataset ds = new Dataset();
        ds.put(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.put(Tags.SOPInstanceUID, VR.UI, "2.25.4242");
        ds.put(Tags.RescaleIntercept, VR.DS, -1024);
        ds.put(Tags.RescaleSlope, VR.DS, 1);
        short[] all = new short[values.length * frames];
        for (int i = 0; i < all.length; i++) {
            all[i] = (short) (values[i % values.length] + i / values.length);
        }
        PixelFormat format = new PixelFormat(rows, columns, 1, 16, 16, 15, 1, "MONOCHROME2", 0, frames);
        return ImagePixelModule.put(ds, format, StoredSamples.littleEndian(all));
    }

    public static Path write(Path file, Dataset ds) throws IOException {
        return write(file, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
    }

    public static Path write(Path file, Dataset ds, String transferSyntax) throws IOException {
        DicomWriter.write(file, ds, transferSyntax);
        return file;
    }
}
