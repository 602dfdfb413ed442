package eu.eucaim.workstation.viewer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.source.ArchiveEntry;
import eu.eucaim.workstation.dicom.source.DicomdirEntry;
import eu.eucaim.workstation.dicom.source.InstanceReader;
import eu.eucaim.workstation.dicom.source.LocalFile;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same slice from each kind of source; what is read whole into memory drops its pixel data once decoded. */
class SliceReaderTest {
    private static final int PIXEL_DATA = 0x7FE00010;
    private static final URI URL = URI.create("http://127.0.0.1:9/dicom-web/studies/1/series/2/instances/3");

    @TempDir
    Path dir;

    @Test
    void readsEverySourceKindAndKeepsPixelDataOnlyWhereItStaysInTheFile() throws Exception {
        List<Path> files = SyntheticStudy.ctSeries(dir.resolve("cd"), 1, "axial", 1, 4, 4, (x, y, z) -> 1000 + x);
        Path file = files.get(0);
        Path zip = SyntheticStudy.zip(dir.resolve("s.zip"), files);
        byte[] bytes = Files.readAllBytes(file);
        SliceReader reader = new SliceReader(new InstanceReader(r -> bytes));

        Slice local = reader.read(new FrameRef(new LocalFile(file), 0));
        Slice viaDicomdir = reader.read(new FrameRef(new DicomdirEntry(dir.resolve("cd/DICOMDIR"), file), 0));
        Slice zipped = reader.read(new FrameRef(new ArchiveEntry(zip, "DATA/" + file.getFileName()), 0));
        Slice remote = reader.read(new FrameRef(new RemoteInstance(URL, "1", "2", "3"), 0));
        for (Slice s : List.of(local, viaDicomdir, zipped, remote)) {
            assertThat(s.ok()).as(s.ref().source().location()).isTrue();
            assertThat(s.pixels().stored(3, 0)).isEqualTo(1003);
        }
        assertThat(local.header().contains(PIXEL_DATA)).isTrue();
        assertThat(viaDicomdir.header().contains(PIXEL_DATA)).isTrue();
        assertThat(zipped.header().contains(PIXEL_DATA)).isFalse();
        assertThat(remote.header().contains(PIXEL_DATA)).isFalse();
    }

    @Test
    void failuresBecomeFailedSlicesNamingTheSource() throws Exception {
        RemoteInstance remote = new RemoteInstance(URL, "1", "2", "3");
        Slice noFetcher = new SliceReader().read(new FrameRef(remote, 0));
        assertThat(noFetcher.ok()).isFalse();
        assertThat(noFetcher.error())
                .isEqualTo("cannot fetch " + URL + ": this viewer has no connection for remote instances");

        Slice garbage = new SliceReader(new InstanceReader(r -> new byte[] {1, 2, 3})).read(new FrameRef(remote, 0));
        assertThat(garbage.error()).startsWith(URL + ": 3: offset ");

        Path missing = dir.resolve("gone.dcm");
        Slice gone = new SliceReader().read(new FrameRef(new LocalFile(missing), 0));
        assertThat(gone.error()).isEqualTo(missing + ": offset 0: no such file");
    }
}
