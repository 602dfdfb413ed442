package eu.eucaim.workstation.node.samples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.demo.images.WrittenSeries;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every demo dataset of the default catalogue (seed 1) that offers samples: each sample file's DICOM Modality and
 * Body Part Examined are among the dataset's catalogue record's, and no two datasets share a patient or a UID.
 */
class SamplesFitTheirDatasetTest {
    private static final int BODY_PART_EXAMINED = 0x00180015;

    @Test
    void everyDatasetsSamplesHaveItsModalitiesAndBodyPartsAndTheirOwnPatient(@TempDir Path data) throws Exception {
        List<Dataset> datasets;
        try (EucaimNode node = EucaimNode.start(NodeConfig.defaults(data.resolve("node"), 1))) {
            HttpResponse<byte[]> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(node.baseUri() + "/api/catalogue/datasets?size=200"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            datasets = Json.mapper().readValue(r.body(), DatasetPage.class).items();
        }
        Map<String, String> patientOf = new HashMap<>();
        Set<String> uids = new HashSet<>();
        Set<String> bodyPartsSeen = new HashSet<>();
        int withSamples = 0;
        for (Dataset d : datasets) {
            var samples = DatasetSampleStores.samplesOf(d);
            if (samples.isEmpty()) {
                continue;
            }
            withSamples++;
            List<WrittenSeries> written = samples.get().write(data.resolve("samples/" + d.id()), () -> false);
            assertThat(written).as(d.id()).isNotEmpty();
            for (WrittenSeries s : written) {
                assertThat(uids.add(s.seriesUid()))
                        .as("series UID of " + d.id())
                        .isTrue();
                for (Path f : s.files()) {
                    var ds = DicomReader.readHeader(f).dataset();
                    String where = d.id() + " " + data.relativize(f);
                    assertThat(d.modalities()).as(where).contains(ds.getString(Tags.Modality));
                    String part = ds.getString(BODY_PART_EXAMINED).toLowerCase(Locale.ROOT);
                    assertThat(d.bodyParts()).as(where).contains(part);
                    bodyPartsSeen.add(part);
                    assertThat(uids.add(ds.getString(Tags.SOPInstanceUID)))
                            .as(where)
                            .isTrue();
                    String before = patientOf.putIfAbsent(ds.getString(Tags.PatientID), d.id());
                    assertThat(before == null || before.equals(d.id()))
                            .as(where + ": patient of another dataset")
                            .isTrue();
                }
            }
        }
        assertThat(withSamples).isGreaterThanOrEqualTo(5);
        assertThat(bodyPartsSeen).contains("lung", "breast");
    }
}
