package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.image.Synthetic;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Small CT instances with known pixels for STOW-RS, native or RLE Lossless (encoded here, PS3.5 G). */
final class TestInstances {
    static final int ROWS = 16;
    static final int COLUMNS = 12;

    private TestInstances() {}

    static short[] values(int seed) {
        short[] v = new short[ROWS * COLUMNS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (short) ((i * 37 + seed * 101) % 2000 - 300);
        }
        return v;
    }

    /** A Part 10 CT of {@code frames} frames (frame f holds values + f) in the given transfer syntax. */
    static byte[] ct(String study, String series, String sop, String patient, String studyDate, String ts, int frames) {
        short[] values = values(sop.hashCode() & 0xFF);
        Dataset ds = Synthetic.ct(ROWS, COLUMNS, values, frames);
        ds.put(Tags.SOPInstanceUID, VR.UI, sop);
        ds.put(Tags.StudyInstanceUID, VR.UI, study);
        ds.put(Tags.SeriesInstanceUID, VR.UI, series);
        ds.put(Tags.PatientName, VR.PN, patient);
        ds.put(Tags.PatientID, VR.LO, "PID-" + patient.hashCode());
        ds.put(Tags.StudyDate, VR.DA, studyDate);
        ds.put(Tags.Modality, VR.CS, "CT");
        ds.put(Tags.InstanceNumber, VR.IS, 1);
        ds.put(Tags.SeriesNumber, VR.IS, 1);
        if (TransferSyntax.RLE_LOSSLESS.uid().equals(ts)) {
            List<byte[]> encoded = new ArrayList<>();
            byte[] all = ds.getBytes(Tags.PixelData);
            int frameBytes = ROWS * COLUMNS * 2;
            for (int f = 0; f < frames; f++) {
                encoded.add(rle16(java.util.Arrays.copyOfRange(all, f * frameBytes, (f + 1) * frameBytes)));
            }
            ds.remove(Tags.PixelData);
            ds.putEncapsulatedFrames(Tags.PixelData, encoded);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DicomWriter.write(out, ds, ts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** RLE Lossless of 16-bit little-endian samples: two segments (high bytes, then low bytes), literal runs. */
    static byte[] rle16(byte[] littleEndian) {
        int n = littleEndian.length / 2;
        byte[] high = new byte[n];
        byte[] low = new byte[n];
        for (int i = 0; i < n; i++) {
            low[i] = littleEndian[2 * i];
            high[i] = littleEndian[2 * i + 1];
        }
        byte[] s1 = packBits(high);
        byte[] s2 = packBits(low);
        ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(2).putInt(64).putInt(64 + s1.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(s1);
        out.writeBytes(s2);
        if (out.size() % 2 != 0) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static byte[] packBits(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < data.length; at += 128) {
            int len = Math.min(128, data.length - at);
            out.write(len - 1);
            out.write(data, at, len);
        }
        return out.toByteArray();
    }
}
