package eu.eucaim.workstation.dicom.dict;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.VR;
import org.junit.jupiter.api.Test;

class DataDictionaryTest {

    private final DataDictionary dict = DataDictionary.get();

    @Test
    void findsTagsByNumberAndKeyword() {
        DictionaryEntry rows = dict.lookup(0x00280010);
        assertThat(rows.keyword()).isEqualTo("Rows");
        assertThat(rows.vr()).isEqualTo(VR.US);
        assertThat(dict.lookup("PatientName").tag()).isEqualTo(0x00100010);
        assertThat(dict.lookup(0x7FE00010).vrs()).isEqualTo("OB or OW");
        assertThat(dict.size()).isGreaterThan(4500);
    }

    @Test
    void findsRepeatingGroupsThroughTheirMask() {
        assertThat(dict.lookup(0x60023000).keyword()).isEqualTo("OverlayData");
        assertThat(dict.lookup(0x601E0010).keyword()).isEqualTo("OverlayRows");
        assertThat(dict.lookup(0x50100005).keyword()).isEqualTo("CurveDimensions");
    }

    @Test
    void unknownTagsAreUnknownAndGroupLengthsUL() {
        assertThat(dict.lookup(0x00091001)).isNull();
        assertThat(dict.vrOf(0x00091001)).isEqualTo(VR.UN);
        assertThat(dict.vrOf(0x00180000)).isEqualTo(VR.UL);
    }

    @Test
    void namesFollowTheCreatorOfEachPrivateBlock() {
        eu.eucaim.workstation.dicom.Dataset ds = new eu.eucaim.workstation.dicom.Dataset();
        ds.put(0x00430010, VR.LO, "GEMS_PARM_01");
        ds.put(0x00430011, VR.LO, "SOMEONE ELSE");
        assertThat(TagNames.keyword(ds, 0x00431012))
                .isEqualTo(PrivateDictionary.get()
                        .lookup("GEMS_PARM_01", 0x00431012)
                        .keyword());
        assertThat(TagNames.keyword(ds, 0x00431112)).isEqualTo("Unknown Tag & Data"); // same element, other creator
        assertThat(TagNames.keyword(ds, 0x00430010)).isEqualTo("PrivateCreator");
        assertThat(TagNames.keyword(ds, 0x00100010)).isEqualTo("PatientName");
        assertThat(TagNames.keyword(ds, 0x00280000)).isEqualTo("GenericGroupLength");
    }

    @Test
    void privateTagsAreFoundThroughTheirCreator() {
        DictionaryEntry e = PrivateDictionary.get().lookup("GEMS_PARM_01", 0x00431012);
        assertThat(e).isNotNull();
        assertThat(e.vr()).isEqualTo(VR.SS);
        assertThat(PrivateDictionary.get().lookup("GEMS_PARM_01", 0x00431112)).isEqualTo(e);
        assertThat(PrivateDictionary.get().lookup("NO SUCH CREATOR", 0x00431012))
                .isNull();
    }
}
