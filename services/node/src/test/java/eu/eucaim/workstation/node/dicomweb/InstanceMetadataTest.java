package eu.eucaim.workstation.node.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.dicom.io.DicomReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceMetadataTest {
    private static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";

    @TempDir
    Path root;

    private StoredInstance stored(String relativePath, String patient, long storedAt) throws Exception {
        Path file = root.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.write(file, TestInstances.ct("2.25.1", "2.25.2", "2.25.3", patient, "20240101", EXPLICIT_LE, 1));
        return IndexRows.of(
                DicomReader.readHeader(file).dataset(),
                EXPLICIT_LE,
                "2.25.3",
                Files.size(file),
                relativePath,
                new StudyOwner(null, "u"),
                storedAt);
    }

    private static String patientName(String json) throws Exception {
        return new ObjectMapper()
                .readTree(json)
                .path("00100010")
                .path("Value")
                .path(0)
                .path("Alphabetic")
                .asText();
    }

    @Test
    void anInstanceIsReadOnceAndAStoreOfItAgainIsReadAgain() throws Exception {
        InstanceMetadata metadata = new InstanceMetadata(new DicomStore(null, root, Clock.systemUTC()));
        StoredInstance first = stored("aa/first.dcm", "First^Patient", 1);

        String json = metadata.json(first);
        assertThat(patientName(json)).isEqualTo("First^Patient");
        assertThat(new ObjectMapper()
                        .readTree(json)
                        .path("00083002")
                        .path("Value")
                        .path(0)
                        .asText())
                .isEqualTo(EXPLICIT_LE);
        assertThat(new ObjectMapper().readTree(json).has("7FE00010"))
                .as("no pixel data")
                .isFalse();
        Files.delete(root.resolve("aa/first.dcm"));
        assertThat(metadata.json(first))
                .as("kept: not read from the file again")
                .isEqualTo(json);

        StoredInstance again = stored("aa/again.dcm", "Second^Patient", 2);
        assertThat(patientName(metadata.json(again))).isEqualTo("Second^Patient");
    }

    @Test
    void theLeastRecentlyUsedGoFirstPastTheLimit() throws Exception {
        StoredInstance a = stored("a/a.dcm", "A", 1);
        StoredInstance b = stored("b/b.dcm", "B", 2);
        StoredInstance c = stored("c/c.dcm", "C", 3);
        InstanceMetadata probe = new InstanceMetadata(new DicomStore(null, root, Clock.systemUTC()));
        long one = probe.json(a).length();
        InstanceMetadata metadata =
                new InstanceMetadata(new DicomStore(null, root, Clock.systemUTC()), 2 * one + one / 2);

        metadata.json(a);
        metadata.json(b);
        metadata.json(a); // a used last: b is the oldest
        metadata.json(c);

        assertThat(metadata.size()).isEqualTo(2);
        Files.delete(root.resolve("a/a.dcm"));
        assertThat(patientName(metadata.json(a))).as("a still kept").isEqualTo("A");
        Files.delete(root.resolve("b/b.dcm"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> metadata.json(b))
                .as("b went: read again, and its file is gone")
                .hasMessageContaining("cannot be read");
    }
}
