package eu.eucaim.workstation.viewer.testing;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.image.ImagePixelModule;
import eu.eucaim.workstation.dicom.image.StoredSamples;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic CT series with known stored values, written with viewer/dicom's own writer (tests and benchmarks
 * never use outside files). Stored values are signed 16-bit with Rescale Intercept -1024, so HU = stored - 1024.
 */
public final class SyntheticStudy {
    public static final String STUDY_UID = "2.25.1001";
    public static final String FRAME_OF_REFERENCE = "2.25.1002";

    /** The stored value of pixel (x, y) of slice z. */
    @FunctionalInterface
    public interface Values {
        int at(int x, int y, int z);
    }

    private SyntheticStudy() {}

    /** A CT series of {@code slices} slices rows × columns, 1 mm apart, files named in reverse slice order. */
    public static List<Path> ctSeries(
            Path dir, int seriesNumber, String description, int slices, int rows, int columns, Values values)
            throws IOException {
        return ctSeries(dir, seriesNumber, description, slices, rows, columns, 0.5, 0.5, values);
    }

    /** As above with Pixel Spacing {@code rowSpacing}\{@code columnSpacing} mm (pixels need not be square). */
    public static List<Path> ctSeries(
            Path dir,
            int seriesNumber,
            String description,
            int slices,
            int rows,
            int columns,
            double rowSpacing,
            double columnSpacing,
            Values values)
            throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int z = 0; z < slices; z++) {
            short[] px = new short[rows * columns];
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < columns; x++) {
                    px[y * columns + x] = (short) values.at(x, y, z);
                }
            }
            Dataset ds = ctHeader(seriesNumber, description, z, rows, columns);
            ds.put(Tags.PixelSpacing, VR.DS, rowSpacing, columnSpacing);
            ImagePixelModule.put(
                    ds,
                    new PixelFormat(rows, columns, 1, 16, 16, 15, 1, "MONOCHROME2", 0, 1),
                    StoredSamples.littleEndian(px));
            // Names run against the slice order, so a viewer that sorts by name would show them backwards.
            Path file = dir.resolve(String.format("s%d_%04d.dcm", seriesNumber, slices - 1 - z));
            DicomWriter.write(file, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
            files.add(file);
        }
        return files;
    }

    /** The header of slice z: patient, study, series, geometry (0.5 mm pixels, 1 mm slices) and a CT window. */
    public static Dataset ctHeader(int seriesNumber, String description, int z, int rows, int columns) {
        Dataset ds = new Dataset();
        ds.put(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.put(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.put(Tags.SOPInstanceUID, VR.UI, "2.25.2" + seriesNumber + "0000" + z);
        ds.put(Tags.StudyDate, VR.DA, "20240115");
        ds.put(Tags.Modality, VR.CS, "CT");
        ds.put(Tags.PatientName, VR.PN, "Synthetic^Phantom");
        ds.put(Tags.PatientID, VR.LO, "SYN-001");
        ds.put(Tags.StudyInstanceUID, VR.UI, STUDY_UID);
        ds.put(Tags.StudyDescription, VR.LO, "Synthetic chest");
        ds.put(Tags.SeriesInstanceUID, VR.UI, "2.25.3" + seriesNumber);
        ds.put(Tags.SeriesNumber, VR.IS, seriesNumber);
        ds.put(Tags.SeriesDescription, VR.LO, description);
        ds.put(Tags.InstanceNumber, VR.IS, z + 1);
        ds.put(Tags.FrameOfReferenceUID, VR.UI, FRAME_OF_REFERENCE);
        ds.put(Tags.ImagePositionPatient, VR.DS, -columns / 4.0, -rows / 4.0, z * 1.0);
        ds.put(Tags.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.put(Tags.PixelSpacing, VR.DS, 0.5, 0.5);
        ds.put(Tags.SliceThickness, VR.DS, 1.0);
        ds.put(Tags.RescaleIntercept, VR.DS, -1024);
        ds.put(Tags.RescaleSlope, VR.DS, 1);
        ds.put(Tags.WindowCenter, VR.DS, 40);
        ds.put(Tags.WindowWidth, VR.DS, 400);
        return ds;
    }

    /** A zip archive at {@code zip} holding {@code files} under {@code DATA/}. */
    public static Path zip(Path zip, List<Path> files) throws IOException {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path f : files) {
                out.putNextEntry(new java.util.zip.ZipEntry("DATA/" + f.getFileName()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** A file that claims to be DICOM but whose pixel data is cut short: the header reads, decoding fails. */
    public static Path truncatedPixels(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length - all.length / 3));
        return file;
    }
}
