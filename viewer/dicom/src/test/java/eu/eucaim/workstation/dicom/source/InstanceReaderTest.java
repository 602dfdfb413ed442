package eu.eucaim.workstation.dicom.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.image.ImagePixelModule;
import eu.eucaim.workstation.dicom.image.StoredSamples;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One reader for every kind of source: the same instance read from a file, a zip, a DICOMDIR's file, a server. */
class InstanceReaderTest {
    private static final URI URL =
            URI.create("https://pacs.example/dicom-web/studies/2.25.1/series/2.25.2/instances/2.25.3");
    private static final RemoteInstance REMOTE = new RemoteInstance(URL, "2.25.1", "2.25.2", "2.25.3");

    @TempDir
    Path dir;

    /** A 2 × 2 image whose first stored value is {@code first}. */
    private static Dataset image(int first) {
        Dataset ds = new Dataset();
        ds.put(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.put(Tags.SOPInstanceUID, VR.UI, "2.25.3");
        ImagePixelModule.put(
                ds,
                new PixelFormat(2, 2, 1, 16, 16, 15, 0, "MONOCHROME2", 0, 1),
                StoredSamples.littleEndian(new short[] {(short) first, 2, 3, 4}));
        return ds;
    }

    private static byte[] bytes(Dataset ds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.write(out, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
        return out.toByteArray();
    }

    private static int firstValue(DicomImage image) {
        return (int) image.frame(0).sample(0);
    }

    @Test
    void aRemoteInstanceKeptOnThisComputerIsReadThereAndFetchedOnceItIsGone() throws Exception {
        Path kept = dir.resolve("kept.dcm");
        Files.write(kept, bytes(image(55)));
        List<RemoteInstance> fetched = new ArrayList<>();
        InstanceReader reader = new InstanceReader(new InstanceFetcher() {
            @Override
            public byte[] fetch(RemoteInstance r) throws IOException {
                fetched.add(r);
                return bytes(image(66));
            }

            @Override
            public java.util.Optional<Path> kept(RemoteInstance r) {
                return java.util.Optional.of(kept);
            }
        });

        assertThat(firstValue(reader.image(REMOTE))).isEqualTo(55);
        assertThat(fetched).as("read in place, not fetched").isEmpty();

        Files.delete(kept); // evicted from the library since
        assertThat(firstValue(reader.image(REMOTE))).isEqualTo(66);
        assertThat(fetched).containsExactly(REMOTE);
    }

    @Test
    void eachKindOfSourceIsReadFromWhereItIs() throws Exception {
        Path file = dir.resolve("IM1.dcm");
        Files.write(file, bytes(image(11)));
        Path zip = dir.resolve("study.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("DATA/IM1"));
            out.write(bytes(image(22)));
        }
        Path cd = Files.createDirectories(dir.resolve("cd/IMAGES"));
        Files.write(cd.resolve("IM1"), bytes(image(33)));
        List<RemoteInstance> fetched = new ArrayList<>();
        InstanceReader reader = new InstanceReader(r -> {
            fetched.add(r);
            return bytes(image(44));
        });

        assertThat(firstValue(reader.image(new LocalFile(file)))).isEqualTo(11);
        assertThat(firstValue(reader.image(new ArchiveEntry(zip, "DATA/IM1")))).isEqualTo(22);
        assertThat(firstValue(reader.image(new DicomdirEntry(dir.resolve("cd/DICOMDIR"), cd.resolve("IM1")))))
                .isEqualTo(33);
        assertThat(firstValue(reader.image(REMOTE))).isEqualTo(44);
        assertThat(fetched).containsExactly(REMOTE);
        assertThat(reader.read(new LocalFile(file)).file()).isEqualTo(file);
    }

    @Test
    void onlyWhatIsReadWholeIntoMemoryIsSaidToBe() {
        assertThat(InstanceReader.readsIntoMemory(new ArchiveEntry(dir.resolve("a.zip"), "x")))
                .isTrue();
        assertThat(InstanceReader.readsIntoMemory(REMOTE)).isTrue();
        assertThat(InstanceReader.readsIntoMemory(new LocalFile(dir.resolve("x"))))
                .isFalse();
        assertThat(InstanceReader.readsIntoMemory(new DicomdirEntry(dir.resolve("DICOMDIR"), dir.resolve("x"))))
                .isFalse();
    }

    @Test
    void withoutAFetcherARemoteInstanceFailsNamingItsUrl() {
        assertThatThrownBy(() -> new InstanceReader().read(REMOTE))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot fetch " + URL + ": this viewer has no connection for remote instances");
    }

    @Test
    void aFetcherThatFailsOrSendsNoDicomIsReportedWithTheUrl() {
        InstanceReader failing = new InstanceReader(r -> {
            throw new IOException("HTTP 404 Not Found");
        });
        assertThatThrownBy(() -> failing.read(REMOTE))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot fetch " + URL + ": HTTP 404 Not Found");
        assertThatThrownBy(() -> new InstanceReader(r -> null).read(REMOTE))
                .hasMessage("cannot fetch " + URL + ": the fetcher returned nothing");
        assertThatThrownBy(() -> new InstanceReader(r -> new byte[] {1, 2, 3}).read(REMOTE))
                .isInstanceOf(DicomParseException.class)
                .hasMessageStartingWith("2.25.3: ");
    }

    @Test
    void aMissingEntryOrFileIsNamed() throws Exception {
        Path zip = dir.resolve("study.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("DATA/IM1"));
            out.write(bytes(image(1)));
        }
        ArchiveEntry missing = new ArchiveEntry(zip, "DATA/IM2");
        assertThatThrownBy(() -> new InstanceReader().read(missing))
                .isInstanceOf(IOException.class)
                .hasMessage(missing.location() + ": no entry DATA/IM2 in " + zip);
        ArchiveEntry noZip = new ArchiveEntry(dir.resolve("gone.zip"), "DATA/IM1");
        assertThatThrownBy(() -> new InstanceReader().read(noZip))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot read DATA/IM1 from " + dir.resolve("gone.zip") + ": ");
        assertThatThrownBy(() -> new InstanceReader().read(new LocalFile(dir.resolve("gone.dcm"))))
                .isInstanceOf(DicomParseException.class)
                .hasMessage(dir.resolve("gone.dcm") + ": offset 0: no such file");
    }
}
