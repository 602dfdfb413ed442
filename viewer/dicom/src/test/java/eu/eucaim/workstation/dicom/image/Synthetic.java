package eu.eucaim.workstation.dicom.image;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/** Small images with known stored values, written with the project's own DicomWriter. */
final class Synthetic {
    private Synthetic() {
    }

    /** A signed 16-bit CT-like image (rescale -1024), {@code frames} frames of rows x columns; frame f holds v + f. */
    static Dataset ct(int rows, int columns, short[] values, int frames) {
        Dataset ds = new Dataset();
        ds.put(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.put(Tags.SOPInstanceUID, VR.UI, "2.25.4242");
        ds.put(Tags.Modality, VR.CS, "CT");
        ds.put(Tags.SamplesPerPixel, VR.US, 1);
        ds.put(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        if (frames > 1) {
            ds.put(Tags.NumberOfFrames, VR.IS, frames);
        }
        ds.put(Tags.Rows, VR.US, rows);
        ds.put(Tags.Columns, VR.US, columns);
        ds.put(Tags.BitsAllocated, VR.US, 16);
        ds.put(Tags.BitsStored, VR.US, 16);
        ds.put(Tags.HighBit, VR.US, 15);
        ds.put(Tags.PixelRepresentation, VR.US, 1);
        ds.put(Tags.RescaleIntercept, VR.DS, -1024);
        ds.put(Tags.RescaleSlope, VR.DS, 1);
        ByteBuffer b = ByteBuffer.allocate(values.length * 2 * frames).order(ByteOrder.LITTLE_ENDIAN);
        for (int f = 0; f < frames; f++) {
            for (short v : values) {
                b.putShort((short) (v + f));
            }
        }
        ds.put(Tags.PixelData, VR.OW, b.array());
        return ds;
    }

    static Path write(Path file, Dataset ds) throws IOException {
        return write(file, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
    }

    static Path write(Path file, Dataset ds, String transferSyntax) throws IOException {
        DicomWriter.write(file, ds, transferSyntax);
        return file;
    }
}
