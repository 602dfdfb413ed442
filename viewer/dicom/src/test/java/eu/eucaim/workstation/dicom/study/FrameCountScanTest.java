package eu.eucaim.workstation.dicom.study;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 11: a Number of Frames beyond what an int holds printed "-2147483648 frames"; it is now an error
 * for that file, saying which field and what was expected, while the other files are scanned as before.
 */
class FrameCountScanTest {
    @TempDir
    Path dir;

    private Path file(String name, String frames) throws Exception {
        Dataset ds = new Dataset();
        ds.put(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.put(Tags.SOPInstanceUID, VR.UI, "2.25.4242" + name.length());
        ds.put(Tags.PatientID, VR.LO, "P1");
        ds.put(Tags.StudyInstanceUID, VR.UI, "2.25.4243");
        ds.put(Tags.SeriesInstanceUID, VR.UI, "2.25.4244");
        ds.put(Tags.Modality, VR.CS, "XA");
        if (frames != null) {
            ds.put(Tags.NumberOfFrames, VR.IS, frames);
        }
        Path f = dir.resolve(name);
        DicomWriter.write(f, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
        return f;
    }

    @Test
    void aFrameCountBeyondTheLargestIsAnErrorForThatFile() throws Exception {
        Path bad = file("huge.dcm", "2147483648");
        file("fine.dcm", "40");
        file("none.dcm", null);

        ScanResult r = new DicomScanner().scan(dir);

        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(bad.toString());
            assertThat(e.message())
                    .contains("(0028,0008)")
                    .contains("Number of Frames is 2147483648, expected a whole number from 1 to 2147483647");
        });
        String printed = DicomScanner.format(r);
        assertThat(printed).doesNotContain("-2147483648").doesNotContain("2147483647 frames");
        assertThat(printed).contains("41 frames"); // 40 + 1 of the file without the attribute
    }

    @Test
    void theImageOfSuchAFileSaysSoToo() throws Exception {
        Path bad = file("huge.dcm", "2147483648");
        Dataset ds = eu.eucaim.workstation.dicom.io.DicomReader.read(bad).dataset();
        ds.put(Tags.PixelData, VR.OW, new byte[8]);
        Path withPixels = dir.resolve("huge-pixels.dcm");
        DicomWriter.write(withPixels, ds, TransferSyntax.EXPLICIT_VR_LE_UID);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> eu.eucaim.workstation.dicom.image.DicomImage.open(withPixels))
                .hasMessageContaining(withPixels.toString())
                .hasMessageContaining("Number of Frames is 2147483648");
    }

    @Test
    void zeroNegativeAndFractionalCountsAreErrorsToo() throws Exception {
        file("zero.dcm", "0");
        file("negative.dcm", "-3");
        file("half.dcm", "2.5");

        assertThat(new DicomScanner().scan(dir).errors()).hasSize(3);
    }
}
