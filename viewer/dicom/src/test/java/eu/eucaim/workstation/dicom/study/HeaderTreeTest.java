package eu.eucaim.workstation.dicom.study;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.json.DicomJsonReader;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WADO-RS metadata becomes the same tree a scan of the files gives: grouped, in slice order, errors named. */
class HeaderTreeTest {
    private static Dataset header(String sop, int number, double z, String frames) throws Exception {
        String json = "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe^Jane\"}]},"
                + "\"00100020\":{\"vr\":\"LO\",\"Value\":[\"P1\"]},"
                + "\"0020000D\":{\"vr\":\"UI\",\"Value\":[\"1.2.9\"]},"
                + "\"0020000E\":{\"vr\":\"UI\",\"Value\":[\"1.2.9.1\"]},"
                + "\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]},"
                + "\"00080018\":{\"vr\":\"UI\",\"Value\":[\"" + sop + "\"]},"
                + "\"00200013\":{\"vr\":\"IS\",\"Value\":[" + number + "]},"
                + "\"00200032\":{\"vr\":\"DS\",\"Value\":[0,0," + z + "]},"
                + "\"00200037\":{\"vr\":\"DS\",\"Value\":[1,0,0,0,1,0]}"
                + (frames == null ? "" : ",\"00280008\":{\"vr\":\"IS\",\"Value\":[\"" + frames + "\"]}")
                + "}";
        return new DicomJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static RemoteInstance at(String sop) {
        return new RemoteInstance(URI.create("http://127.0.0.1:8042/dicom-web/" + sop), "1.2.9", "1.2.9.1", sop);
    }

    @Test
    void metadataOutOfOrderGivesOneSeriesInSliceOrder() throws Exception {
        List<DicomScanner.SourcedHeader> headers = new ArrayList<>();
        headers.add(new DicomScanner.SourcedHeader(at("1.3"), header("1.3", 3, 5.0, null)));
        headers.add(new DicomScanner.SourcedHeader(at("1.1"), header("1.1", 1, -5.0, null)));
        headers.add(new DicomScanner.SourcedHeader(at("1.2"), header("1.2", 2, 0.0, null)));

        ScanResult tree = DicomScanner.tree(headers);

        assertThat(tree.errors()).isEmpty();
        assertThat(tree.seriesCount()).isEqualTo(1);
        Series s = tree.patients().get(0).studies().get(0).series().get(0);
        assertThat(s.instances()).extracting(Instance::sopInstanceUid).containsExactly("1.1", "1.2", "1.3");
        assertThat(s.instances().get(0).source()).isEqualTo(at("1.1"));
        assertThat(tree.patients().get(0).name()).isEqualTo("Doe^Jane");
    }

    @Test
    void aHeaderWithABadFrameCountIsAnErrorNamingItsSource() throws Exception {
        ScanResult tree = DicomScanner.tree(List.of(
                new DicomScanner.SourcedHeader(at("1.1"), header("1.1", 1, 0, "2.5")),
                new DicomScanner.SourcedHeader(at("1.2"), header("1.2", 2, 1, null))));

        assertThat(tree.instanceCount()).isEqualTo(1);
        assertThat(tree.errors()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("http://127.0.0.1:8042/dicom-web/1.1");
            assertThat(e.message()).contains("Number of Frames is 2.5");
        });
    }
}
