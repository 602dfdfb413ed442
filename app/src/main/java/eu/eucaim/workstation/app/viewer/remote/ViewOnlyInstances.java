package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.Frame;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import eu.eucaim.workstation.dicom.json.DicomJsonReader;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The instances of a study that may be viewed but not kept: each put together in memory from its series' metadata
 * and its frames in explicit VR little endian (what the node allows for such a study), so nothing of it reaches the
 * disk. Thread-safe: called on the decode threads.
 */
final class ViewOnlyInstances {
    /** The series metadata, by series UID: one request per series, not per instance. */
    private final Map<String, CompletableFuture<List<DicomAttributes>>> metadata = new ConcurrentHashMap<>();

    /** The instance as a DICOM stream in explicit VR little endian, its pixel data from its frames. */
    byte[] assemble(DicomWebService service, RemoteInstance instance) throws IOException {
        List<DicomAttributes> all = Await.await(metadata.computeIfAbsent(
                instance.seriesUid(), s -> service.seriesMetadata(instance.studyUid(), instance.seriesUid())));
        DicomAttributes attributes = all.stream()
                .filter(a -> a.string("00080018").orElse("").equals(instance.sopInstanceUid()))
                .findFirst()
                .orElseThrow(() -> new IOException("the series metadata has no instance " + instance.sopInstanceUid()));
        Dataset ds = new DicomJsonReader().read(attributes.json());
        int frames = Math.max(1, ds.getInt(Tags.NumberOfFrames, 1));
        List<Frame> got = Await.await(service.frames(
                instance.studyUid(),
                instance.seriesUid(),
                instance.sopInstanceUid(),
                IntStream.rangeClosed(1, frames).boxed().toList(),
                TransferSyntax.EXPLICIT_VR_LE_UID));
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        for (Frame f : got) {
            pixels.write(f.data());
        }
        byte[] data = pixels.toByteArray();
        if (data.length % 2 == 1) {
            data = java.util.Arrays.copyOf(data, data.length + 1);
        }
        ds.remove(Tags.PixelData);
        ds.put(Tags.PixelData, ds.getInt(Tags.BitsAllocated, 16) > 8 ? VR.OW : VR.OB, data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 4096);
        DicomWriter.write(out, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
        return out.toByteArray();
    }

    /** Forgets the metadata kept (the studies were closed). */
    void forget() {
        metadata.clear();
    }
}
