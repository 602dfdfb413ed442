package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.PixelDataAccess;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.node.http.ApiException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * The frames of one stored instance, as WADO-RS sends them: as stored ({@code transfer-syntax=*}: the native
 * samples, or a compressed frame's fragments joined), or as native samples in explicit VR little endian (compressed
 * frames decoded with the DICOM core; colour comes out as pixel-interleaved RGB, as the core decodes it; native big
 * endian samples only swapped, so a planar frame stays planar).
 */
final class FrameData {
    private final DicomFile dicom;
    private final PixelDataAccess pixels;
    private final String storedSyntax;

    private FrameData(DicomFile dicom, PixelDataAccess pixels, String storedSyntax) {
        this.dicom = dicom;
        this.pixels = pixels;
        this.storedSyntax = storedSyntax;
    }

    /** The instance's frames; 404 when it has no pixel data. */
    static FrameData open(Path file, String storedSyntax) throws DicomParseException {
        DicomFile f = DicomReader.read(file);
        PixelDataAccess p;
        try {
            p = PixelDataAccess.of(f);
        } catch (IllegalStateException e) {
            throw new ApiException(
                    500, "internal_error", "The stored instance's pixel data cannot be read: " + e.getMessage());
        }
        if (p == null) {
            throw ApiException.notFound("The instance has no pixel data, so it has no frames");
        }
        return new FrameData(f, p, storedSyntax);
    }

    int frameCount() {
        return pixels.frameCount();
    }

    String storedSyntax() {
        return storedSyntax;
    }

    /** Whether the stored bytes are already explicit VR little endian native samples. */
    boolean storedIsNativeLittleEndian() {
        TransferSyntax ts = TransferSyntax.of(storedSyntax);
        return !pixels.encapsulated()
                && ts.family() == TransferSyntax.Family.NATIVE
                && pixels.byteOrder() == ByteOrder.LITTLE_ENDIAN
                && dicom.dataset().getInt(eu.eucaim.workstation.dicom.Tags.BitsAllocated, 0) != 1;
    }

    /** Frame {@code index} (0-based) as stored. */
    byte[] stored(int index) {
        return pixels.frameBytes(index);
    }

    /** Frame {@code index} (0-based) as native samples, little endian (1-bit frames packed, PS3.5 8.1.1). */
    byte[] nativeLittleEndian(int index) {
        if (storedIsNativeLittleEndian()) {
            return pixels.frameBytes(index);
        }
        int bits = dicom.dataset().getInt(eu.eucaim.workstation.dicom.Tags.BitsAllocated, 0);
        if (!pixels.encapsulated() && bits != 1) {
            // Native big endian: only the byte order changes. Decoding would also make a planar (PlanarConfiguration
            // 1) frame pixel-interleaved, against the metadata the client reads it with.
            return eu.eucaim.workstation.dicom.ValueCodec.swap(pixels.frameBytes(index), bits / 8);
        }
        DecodedFrame d = DicomImage.of(dicom).frame(index);
        if (dicom.dataset().getInt(eu.eucaim.workstation.dicom.Tags.BitsAllocated, 0) == 1 && d.bytes() != null) {
            return packBits(d.bytes());
        }
        if (d.bytes() != null) {
            return d.bytes();
        }
        ByteBuffer out;
        if (d.shorts() != null) {
            out = ByteBuffer.allocate(d.shorts().length * 2).order(ByteOrder.LITTLE_ENDIAN);
            out.asShortBuffer().put(d.shorts());
        } else {
            out = ByteBuffer.allocate(d.ints().length * 4).order(ByteOrder.LITTLE_ENDIAN);
            out.asIntBuffer().put(d.ints());
        }
        return out.array();
    }

    private static byte[] packBits(byte[] pixels) {
        byte[] out = new byte[(pixels.length + 7) / 8];
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i] != 0) {
                out[i >> 3] |= (byte) (1 << (i & 7));
            }
        }
        return out;
    }
}
