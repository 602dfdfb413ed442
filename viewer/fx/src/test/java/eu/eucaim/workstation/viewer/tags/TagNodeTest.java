package eu.eucaim.workstation.viewer.tags;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagNodeTest {

    private static List<TagNode> sample() {
        Dataset ds = new Dataset();
        ds.put(Tags.PatientName, VR.PN, "Doe^Jane");
        ds.put(Tags.Rows, VR.US, 512);
        Dataset item = ds.newItem();
        item.put(0x00080100, VR.SH, "T-04000");
        item.put(0x00080104, VR.LO, "Breast");
        ds.putSequence(0x00082218, List.of(item));
        return TagNode.of(ds);
    }

    @Test
    void elementsAndSequencesWithItems() {
        List<TagNode> nodes = sample();
        assertThat(nodes).extracting(TagNode::keyword).containsExactly("AnatomicRegionSequence", "PatientName", "Rows");
        TagNode seq = nodes.get(0);
        assertThat(seq.tag()).isEqualTo("(0008,2218)");
        assertThat(seq.value()).isEqualTo("1 item");
        assertThat(seq.children().get(0).tag()).isEqualTo("Item 1");
        assertThat(seq.children().get(0).children()).extracting(TagNode::value).containsExactly("T-04000", "Breast");
        assertThat(nodes.get(2).value()).isEqualTo("512");
        assertThat(nodes.get(2).vr()).isEqualTo("US");
    }

    @Test
    void searchByKeywordTagOrValueKeepsTheWayDown() {
        List<TagNode> nodes = sample();
        assertThat(TagNode.filter(nodes, "patientname"))
                .extracting(TagNode::value)
                .containsExactly("Doe^Jane");
        assertThat(TagNode.filter(nodes, "0028,0010"))
                .extracting(TagNode::keyword)
                .containsExactly("Rows");
        assertThat(TagNode.filter(nodes, "00280010"))
                .extracting(TagNode::keyword)
                .containsExactly("Rows");
        List<TagNode> breast = TagNode.filter(nodes, "breast");
        assertThat(breast).hasSize(1);
        assertThat(breast.get(0).children().get(0).children())
                .extracting(TagNode::keyword)
                .containsExactly("CodeMeaning");
        assertThat(TagNode.filter(nodes, "")).isSameAs(nodes);
        assertThat(TagNode.filter(nodes, "nothing like this")).isEmpty();
    }
}
