package eu.eucaim.workstation.dicom.image;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.PixelDataAccess;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.Value;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.lut.VoiTransform;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.dicom.pixel.FrameDecoder;
import eu.eucaim.workstation.dicom.pixel.NativeFrames;
import eu.eucaim.workstation.dicom.pixel.PaletteColorLut;
import eu.eucaim.workstation.dicom.pixel.Photometric;
import eu.eucaim.workstation.dicom.pixel.PixelDataException;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import eu.eucaim.workstation.dicom.pixel.UnsupportedTransferSyntaxException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * An image in a Part 10 file: the reader's data set and lazy frame bytes joined to the pixel decoder and the
 * display LUTs. Opening reads the header (pixel data stays in the file) and checks the Image Pixel module;
 * each {@link #frame} reads and decodes one frame. Immutable, so frames may be decoded from many threads at
 * once (the reader's data set is read-only here, the decoders are stateless, every read opens its own channel).
 *
 * <p>Frame indices are 0-based here (DICOM's frame numbers are these + 1). Every error is a
 * {@link PixelDataException} (or {@link UnsupportedTransferSyntaxException}) whose message starts with the file.
 */
public final class DicomImage {

    private final Path file;
    private final DicomFile dicom;
    private final PixelDataAccess pixels;
    private final PixelFormat format;
    private final PaletteColorLut palette;

    private DicomImage(
            Path file, DicomFile dicom, PixelDataAccess pixels, PixelFormat format, PaletteColorLut palette) {
        this.file = file;
        this.dicom = dicom;
        this.pixels = pixels;
        this.format = format;
        this.palette = palette;
    }

    /** Reads the header of {@code file}; unreadable files throw the reader's {@link DicomParseException}. */
    public static DicomImage open(Path file) throws DicomParseException {
        return of(DicomReader.read(file));
    }

    /** An image of a file already read (pixel data in memory or left in its file). */
    public static DicomImage of(DicomFile dicom) {
        Path file = dicom.file() != null ? dicom.file() : Path.of("<memory>");
        Dataset ds = dicom.dataset();
        PixelDataAccess pixels;
        try {
            pixels = PixelDataAccess.of(dicom);
        } catch (IllegalStateException e) {
            throw new PixelDataException(file + ": Pixel Data (7FE0,0010): " + e.getMessage(), e);
        }
        if (pixels == null) {
            String why = ds.contains(Tags.FloatPixelData) || ds.contains(Tags.DoubleFloatPixelData)
                    ? "has Float Pixel Data (7FE0,0008/0009), which is not supported"
                    : "has no Pixel Data (7FE0,0010)";
            throw new PixelDataException(file + ": " + why);
        }
        PixelFormat format = PixelFormats.of(ds, pixels.frameCount(), file);
        PaletteColorLut palette = null;
        if (format.photometric() == Photometric.PALETTE_COLOR) {
            try {
                palette = LutAttributes.palette(ds);
            } catch (PixelDataException e) {
                throw new PixelDataException(file + ": " + e.getMessage(), e);
            }
        }
        return new DicomImage(file, dicom, pixels, format, palette);
    }

    public Path file() {
        return file;
    }

    public Dataset dataset() {
        return dicom.dataset();
    }

    /**
     * The syntax of the pixel data: the File Meta's Transfer Syntax UID, even when the reader had to read the
     * data set with another (pydicom's SC_rgb_jpeg.dcm says JPEG Baseline, is implicit VR, holds JPEG
     * fragments); the reader's syntax when there is no File Meta.
     */
    public String transferSyntaxUid() {
        String declared = dicom.fileMeta().getString(Tags.TransferSyntaxUID);
        return declared != null ? declared : dicom.transferSyntax().uid();
    }

    public int frameCount() {
        return pixels.frameCount();
    }

    /** The Image Pixel module as stored (before decoding: YBR stays YBR, 1-bit stays 1-bit). */
    public PixelFormat format() {
        return format;
    }

    /**
     * Frame {@code index} (0-based) as stored values after decompression and sign extension, before any
     * grayscale LUT; colour as pixel-interleaved RGB (YBR converted, PALETTE COLOR expanded through its palette).
     */
    public DecodedFrame frame(int index) {
        if (index < 0 || index >= frameCount()) {
            throw new PixelDataException(file + ": frame index " + index + " is outside 0.." + (frameCount() - 1) + " ("
                    + frameCount() + (frameCount() == 1 ? " frame)" : " frames)"));
        }
        try {
            if (nativeSamples()) {
                return FrameDecoder.decodeNative(format, index, nativeFrame(index), pixels.byteOrder(), palette);
            }
            return FrameDecoder.decode(
                    transferSyntaxUid(), format, index, frameBytes(index), pixels.byteOrder(), palette);
        } catch (UnsupportedTransferSyntaxException e) {
            throw new UnsupportedTransferSyntaxException(file + ": " + e.getMessage(), e);
        } catch (PixelDataException e) {
            throw new PixelDataException(file + ": " + e.getMessage(), e);
        }
    }

    /** The display attributes that apply to frame {@code index} (functional groups included). */
    public DisplayParameters display(int index) {
        try {
            return DisplayAttributes.of(dataset(), index, format.signed(), format.photometricInterpretation());
        } catch (PixelDataException e) {
            throw new PixelDataException(file + ": " + e.getMessage(), e);
        }
    }

    /** Frame {@code index} as opaque ARGB pixels with {@code voi}, or the data set's default VOI when null. */
    public int[] render(int index, VoiTransform voi) {
        return FrameRenderer.argb(frame(index), display(index), voi);
    }

    /** Byte-aligned native samples: read straight into the sample array, without a byte[] per frame. */
    private boolean nativeSamples() {
        return !pixels.encapsulated()
                && format.bitsAllocated() != 1
                && TransferSyntax.of(transferSyntaxUid()).family() == TransferSyntax.Family.NATIVE;
    }

    private ByteBuffer nativeFrame(int index) {
        try {
            return pixels.nativeFrame(index);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new PixelDataException("Pixel Data (7FE0,0010): " + e.getMessage(), e);
        }
    }

    private byte[] frameBytes(int index) {
        try {
            if (!pixels.encapsulated() && format.bitsAllocated() == 1) {
                // 1-bit frames follow each other bit by bit (PS3.5 8.1.1): NativeFrames re-packs them to bit 0.
                return NativeFrames.frame(format, wholeValue(), index);
            }
            return pixels.frameBytes(index);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new PixelDataException("Pixel Data (7FE0,0010): " + e.getMessage(), e);
        }
    }

    private byte[] wholeValue() {
        Element e = dataset().get(Tags.PixelData);
        return e.value() instanceof Value.Bulk b ? b.ref().read() : ((Value.Bytes) e.value()).data();
    }
}
