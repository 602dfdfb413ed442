package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.dicom.source.InstanceReader;
import eu.eucaim.workstation.dicom.source.InstanceSource;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and decodes one frame into a {@link Slice}, from wherever its source is ({@link InstanceReader}). Never
 * throws: any failure becomes a failed slice whose message names the source and the reason. Multi-frame instances
 * keep their header here, so each further frame reads only its own bytes. Thread-safe.
 */
public final class SliceReader {
    private static final int PIXEL_DATA = 0x7FE00010;
    private final InstanceReader reader;
    private final Map<InstanceSource, DicomImage> multiFrame = new ConcurrentHashMap<>();

    /** Local sources only (files, zip entries, DICOMDIR entries). */
    public SliceReader() {
        this(new InstanceReader());
    }

    /** Reads through {@code reader} (e.g. one with a fetcher for remote instances). */
    public SliceReader(InstanceReader reader) {
        this.reader = reader;
    }

    /** Whether the frame's instance is on its way here ({@link InstanceReader#arriving}); {@code then} runs then. */
    public boolean arriving(FrameRef ref, Runnable then) {
        return reader.arriving(ref.source(), then);
    }

    public Slice read(FrameRef ref) {
        Dataset header = null;
        InstanceSource source = ref.source();
        try {
            DicomImage image = image(source);
            header = image.dataset();
            DecodedFrame frame = image.frame(ref.frame());
            Pixels pixels = Pixels.of(frame);
            if (image.frameCount() == 1 && InstanceReader.readsIntoMemory(source)) {
                header.remove(PIXEL_DATA); // read into memory whole: do not keep it twice
            }
            return new Slice(
                    ref, header, pixels, image.display(ref.frame()), SliceGeometry.of(header, ref.frame()), null);
        } catch (DicomParseException | IOException | RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!msg.contains(source.location())) {
                msg = source.location() + ": " + msg;
            }
            return Slice.failed(ref, header, msg);
        }
    }

    private DicomImage image(InstanceSource source) throws DicomParseException, IOException {
        DicomImage cached = multiFrame.get(source);
        if (cached != null) {
            return cached;
        }
        DicomImage image = reader.image(source);
        if (image.frameCount() > 1) {
            multiFrame.put(source, image);
        }
        return image;
    }
}
