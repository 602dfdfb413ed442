package eu.eucaim.workstation.app.viewer.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The image shown first, found from the metadata alone, is the one the tree puts in the middle. */
class RemoteStackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ImageSource AT =
            new ImageSource("Stack", URI.create("http://127.0.0.1:9/dicom-web"), ImageSource.Auth.NONE, "");

    @Test
    void theMiddleIsTheTreesFirstWhateverOrderTheServerListsThemIn() {
        Random random = new Random(16);
        for (int count : new int[] {1, 2, 3, 8, 9, 300}) {
            // Instance numbers running against the slice positions (head to feet), as scanners often number them.
            List<DicomAttributes> axial = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                axial.add(instance("1.2." + i, count - i, new double[] {-100, -100, 2.5 * i}, AXIAL, random));
            }
            assertSameMiddle(axial, random);

            // No geometry: Instance Number decides.
            List<DicomAttributes> plain = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                plain.add(instance("1.3." + i, i + 1, null, null, random));
            }
            assertSameMiddle(plain, random);
        }
    }

    @Test
    void oneInstanceWithoutGeometryMakesInstanceNumberDecideForAll() {
        Random random = new Random(7);
        List<DicomAttributes> mixed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // The positions run one way, the numbers the other: which decides changes the middle.
            mixed.add(instance("1.4." + i, 10 - i, i == 3 ? null : new double[] {0, 0, i}, AXIAL, random));
        }
        assertSameMiddle(mixed, random);
    }

    @Test
    void nothingToShowWithoutInstances() {
        assertThat(RemoteStack.middle(AT, "1", "2", List.of())).isEmpty();
        ObjectNode noSop = JSON.createObjectNode();
        assertThat(RemoteStack.middle(AT, "1", "2", List.of(new DicomAttributes(noSop))))
                .isEmpty();
    }

    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0};

    private static void assertSameMiddle(List<DicomAttributes> listed, Random random) {
        List<DicomAttributes> shuffled = new ArrayList<>(listed);
        Collections.shuffle(shuffled, random);
        RemoteInstance fromTree = RemoteStack.middleOut(RemoteStack.tree(AT, "1.9", "1.9.1", shuffled))
                .get(0);
        assertThat(RemoteStack.middle(AT, "1.9", "1.9.1", shuffled))
                .as("%d instances", listed.size())
                .contains(fromTree);
    }

    /** An instance's DICOM JSON; numbers as JSON numbers or, as some servers send them, as strings. */
    private static DicomAttributes instance(
            String sop, int number, double[] position, double[] orientation, Random random) {
        ObjectNode o = JSON.createObjectNode();
        value(o, "00080018", "UI").add(sop);
        value(o, "0020000D", "UI").add("1.9");
        value(o, "0020000E", "UI").add("1.9.1");
        boolean strings = random.nextBoolean();
        if (strings) {
            value(o, "00200013", "IS").add(Integer.toString(number));
        } else {
            value(o, "00200013", "IS").add(number);
        }
        if (position != null) {
            ArrayNode p = value(o, "00200032", "DS");
            for (double d : position) {
                if (strings) {
                    p.add(Double.toString(d));
                } else {
                    p.add(d);
                }
            }
            ArrayNode r = value(o, "00200037", "DS");
            for (double d : orientation) {
                r.add(d);
            }
        }
        return new DicomAttributes(o);
    }

    private static ArrayNode value(ObjectNode o, String tag, String vr) {
        ObjectNode e = o.putObject(tag);
        e.put("vr", vr);
        return e.putArray("Value");
    }
}
