package eu.eucaim.workstation.dicom.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each kind of source says where it is (location) and what to call it (name), and refuses what it cannot be. */
class InstanceSourceTest {
    private static final URI WADO = URI.create("https://pacs.example/dicom-web/studies/1.2/series/1.3/instances/1.4");

    @Test
    void locationsAndNames() {
        Path file = Path.of("/data/ct/IM0001.dcm");
        assertThat(new LocalFile(file).location()).isEqualTo("/data/ct/IM0001.dcm");
        assertThat(new LocalFile(file).name()).isEqualTo("IM0001.dcm");
        ArchiveEntry entry = new ArchiveEntry(Path.of("/data/study.zip"), "DATA/IM0001");
        assertThat(entry.location()).isEqualTo("/data/study.zip!/DATA/IM0001");
        assertThat(entry.name()).isEqualTo("IM0001");
        DicomdirEntry dd = new DicomdirEntry(Path.of("/media/cd/DICOMDIR"), Path.of("/media/cd/IMAGES/IM1"));
        assertThat(dd.location()).isEqualTo("/media/cd/IMAGES/IM1");
        assertThat(dd.name()).isEqualTo("IM1");
        RemoteInstance remote = new RemoteInstance(WADO, "1.2", "1.3", "1.4");
        assertThat(remote.location()).isEqualTo(WADO.toString());
        assertThat(remote.name()).isEqualTo("1.4");
        assertThat(new RemoteInstance(URI.create("http://node:8080/files/ct-7.dcm/"), "", "", "").name())
                .isEqualTo("ct-7.dcm");
        assertThat(new RemoteInstance(URI.create("http://node"), "", "", "").name())
                .isEqualTo("node");
    }

    @Test
    void sourcesAreValuesSoTheyCanKeyACache() {
        assertThat(new ArchiveEntry(Path.of("a.zip"), "x")).isEqualTo(new ArchiveEntry(Path.of("a.zip"), "x"));
        assertThat(new RemoteInstance(WADO, "1.2", "1.3", "1.4"))
                .isEqualTo(new RemoteInstance(WADO, "1.2", "1.3", "1.4"))
                .hasSameHashCodeAs(new RemoteInstance(WADO, "1.2", "1.3", "1.4"));
        assertThat((InstanceSource) new LocalFile(Path.of("/a/b")))
                .isNotEqualTo(new DicomdirEntry(Path.of("/a/DICOMDIR"), Path.of("/a/b")));
    }

    @Test
    void badSourcesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new LocalFile(null)).hasMessage("a local file needs a path");
        assertThatThrownBy(() -> new ArchiveEntry(Path.of("a.zip"), ""))
                .hasMessage("an archive entry needs its entry name (archive a.zip)");
        assertThatThrownBy(() -> new DicomdirEntry(Path.of("/cd/DICOMDIR"), Path.of("/cd/../etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/cd/../etc/passwd is outside the folder of /cd/DICOMDIR"
                        + " (a DICOMDIR references files under it)");
        assertThatThrownBy(() -> new RemoteInstance(URI.create("file:///etc/passwd"), "", "", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a remote instance needs an http or https URL with a host, not file:///etc/passwd");
        assertThatThrownBy(() -> new RemoteInstance(URI.create("relative/path"), "", "", ""))
                .hasMessageContaining("not relative/path");
        assertThatThrownBy(() -> new RemoteInstance(WADO, "1.2", null, "1.4"))
                .hasMessage("a remote instance needs its Series Instance UID (empty when unknown)");
    }
}
