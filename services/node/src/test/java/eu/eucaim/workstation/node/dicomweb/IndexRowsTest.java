package eu.eucaim.workstation.node.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;
import org.junit.jupiter.api.Test;

/** Dates as the index keeps them (found by the client's DicomWebParityTest with pydicom's ExplVR_BigEnd.dcm). */
class IndexRowsTest {
    private static StoredInstance row(String studyDate, String birthDate) {
        Dataset ds = new Dataset();
        ds.put(Tags.StudyDate, VR.DA, studyDate);
        ds.put(Tags.PatientBirthDate, VR.DA, birthDate);
        return IndexRows.of(ds, "1.2.840.10008.1.2.1", "1.2.3", 10, "aa/bb/c.dcm", new StudyOwner(null, "u"), 0);
    }

    @Test
    void anAcrNemaDateIsKeptAsItsDateNotCutToTheColumn() {
        StoredInstance r = row("1997.04.24", "1950.01.02");
        assertThat(r.studyDate()).isEqualTo("19970424");
        assertThat(r.patientBirthDate()).isEqualTo("19500102");
    }

    @Test
    void aDicomDateIsKeptAndAnOverlongOneIsCut() {
        assertThat(row("20240131", "").studyDate()).isEqualTo("20240131");
        assertThat(row("20240131", "").patientBirthDate()).isNull();
        assertThat(row("2024013199", "").studyDate()).isEqualTo("20240131");
    }
}
