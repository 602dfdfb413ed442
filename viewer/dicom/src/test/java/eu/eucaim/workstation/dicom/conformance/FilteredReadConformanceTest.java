package eu.eucaim.workstation.dicom.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.ReadOptions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A read that keeps only some top-level tags ({@link ReadOptions#withOnlyTags}, what a folder scan uses) stores
 * exactly those elements of the full read, with the same values, for every real-world sample: stepping over the
 * others (sequences included) never loses its place in the file.
 */
class FilteredReadConformanceTest {

    private static final int[] KEPT = {
        Tags.DirectoryRecordSequence,
        Tags.SpecificCharacterSet,
        Tags.SOPClassUID,
        Tags.SOPInstanceUID,
        Tags.StudyDate,
        Tags.Modality,
        Tags.PatientName,
        Tags.PatientID,
        Tags.StudyInstanceUID,
        Tags.SeriesInstanceUID,
        Tags.SeriesNumber,
        Tags.InstanceNumber,
        Tags.ImagePositionPatient,
        Tags.ImageOrientationPatient,
        Tags.NumberOfFrames,
        Tags.Rows,
        Tags.WindowCenter
    };

    static Stream<References.Sample> samples() throws Exception {
        return References.samples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void keepsExactlyTheChosenElementsOfTheFullRead(References.Sample s) throws Exception {
        Dataset full;
        try {
            full = new DicomReader(ReadOptions.HEADER).readFile(s.file()).dataset();
        } catch (DicomParseException e) {
            return; // unreadable as a whole: what a filtered read makes of it is not compared
        }
        Dataset kept = new DicomReader(ReadOptions.HEADER.withOnlyTags(KEPT))
                .readFile(s.file())
                .dataset();
        List<Integer> expected = full.elements().stream()
                .map(Element::tag)
                .filter(t -> contains(KEPT, t))
                .toList();
        assertThat(kept.elements().stream().map(Element::tag).toList())
                .as("tags of %s", s)
                .isEqualTo(expected);
        for (int tag : expected) {
            assertThat(kept.get(tag))
                    .as("%s of %s", Integer.toHexString(tag), s)
                    .usingRecursiveComparison()
                    .isEqualTo(full.get(tag));
        }
        assertThat(kept.charset().toString()).isEqualTo(full.charset().toString());
    }

    private static boolean contains(int[] tags, int tag) {
        for (int t : tags) {
            if (t == tag) {
                return true;
            }
        }
        return false;
    }
}
