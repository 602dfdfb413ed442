package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads and decodes one frame into a {@link Slice}. Never throws: any failure becomes a failed slice whose
 * message names the file and the reason. Multi-frame files keep their header here, so each further frame
 * reads only its own bytes. Thread-safe.
 */
public final class SliceReader {
    private static final int PIXEL_DATA = 0x7FE00010;
    private final Map<String, DicomImage> multiFrame = new ConcurrentHashMap<>();

    public Slice read(FrameRef ref) {
        Dataset header = null;
        try {
            DicomImage image = image(ref.source());
            header = image.dataset();
            DecodedFrame frame = image.frame(ref.frame());
            Pixels pixels = Pixels.of(frame);
            if (isZip(ref.source()) && image.frameCount() == 1) {
                header.remove(PIXEL_DATA); // read into memory from the archive: do not keep it twice
            }
            return new Slice(
                    ref, header, pixels, image.display(ref.frame()), SliceGeometry.of(header, ref.frame()), null);
        } catch (DicomParseException | RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!msg.contains(name(ref.source()))) {
                msg = ref.source() + ": " + msg;
            }
            return Slice.failed(ref, header, msg);
        }
    }

    private DicomImage image(String source) throws DicomParseException {
        DicomImage cached = multiFrame.get(source);
        if (cached != null) {
            return cached;
        }
        DicomImage image;
        if (isZip(source)) {
            int bang = zipEnd(source);
            image = DicomImage.of(new DicomReader()
                    .read(Path.of(source), zipEntry(source.substring(0, bang + 4), source.substring(bang + 6))));
        } else {
            image = DicomImage.open(Path.of(source));
        }
        if (image.frameCount() > 1) {
            multiFrame.put(source, image);
        }
        return image;
    }

    private static byte[] zipEntry(String zip, String entry) {
        try (ZipFile zf = new ZipFile(zip)) {
            ZipEntry e = zf.getEntry(entry);
            if (e == null) {
                throw new IllegalStateException("no entry " + entry + " in " + zip);
            }
            try (InputStream in = zf.getInputStream(e)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + entry + " from " + zip + ": " + e.getMessage(), e);
        }
    }

    private static boolean isZip(String source) {
        return zipEnd(source) >= 0;
    }

    private static int zipEnd(String source) {
        return source.toLowerCase(java.util.Locale.ROOT).indexOf(".zip!/");
    }

    private static String name(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }
}
