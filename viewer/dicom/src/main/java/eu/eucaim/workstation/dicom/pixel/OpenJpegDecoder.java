package eu.eucaim.workstation.dicom.pixel;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JPEG 2000 through Debian's libopenjp2 (OpenJPEG 2.x) via JNA, reading the codestream from memory through
 * stream callbacks. The callbacks are shared; each decode registers its source under an id passed as the
 * callbacks' user data, so decodes on many threads do not meet. OpenJPEG's error messages are collected per
 * decode and become the {@link PixelDataException}'s message. OpenJPEG undoes the RCT/ICT itself.
 */
final class OpenJpegDecoder {
    private static final OpenJpeg.Loaded OPENJPEG = OpenJpeg.load();
    private static final Map<Long, Source> SOURCES = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong(1);

    // Held in static fields: JNA frees a callback's native stub when the Java object is collected.
    private static final OpenJpeg.ReadFunction READ =
            (buffer, size, user) -> source(user).read(buffer, size);
    private static final OpenJpeg.SkipFunction SKIP =
            (bytes, user) -> source(user).skip(bytes);
    private static final OpenJpeg.SeekFunction SEEK =
            (position, user) -> source(user).seek(position) ? 1 : 0;
    private static final OpenJpeg.MessageHandler ERROR =
            (message, user) -> source(user).error(message);
    private static final OpenJpeg.MessageHandler IGNORE = (message, user) -> {};

    private OpenJpegDecoder() {}

    static boolean available() {
        return OPENJPEG.library() != null;
    }

    static String problem() {
        return OPENJPEG.problem();
    }

    /** Decodes a J2K codestream, or a JP2 file (not allowed by DICOM, but written by some tools). */
    static DecodedFrame decode(PixelFormat f, int frameIndex, byte[] data) {
        OpenJpeg opj = OPENJPEG.library();
        if (data.length < 12) {
            throw new PixelDataException(
                    "JPEG 2000 frame " + frameIndex + " is too short (" + data.length + " bytes) to hold a codestream");
        }
        long id = IDS.getAndIncrement();
        Source source = new Source(data);
        SOURCES.put(id, source);
        Pointer user = new Pointer(id);
        Pointer codec = opj.opj_create_decompress(isJp2(data) ? OpenJpeg.CODEC_JP2 : OpenJpeg.CODEC_J2K);
        Pointer stream = null;
        Pointer image = null;
        try {
            opj.opj_set_info_handler(codec, IGNORE, user);
            opj.opj_set_warning_handler(codec, IGNORE, user);
            opj.opj_set_error_handler(codec, ERROR, user);
            try (Memory parameters = new Memory(OpenJpeg.DPARAMETERS_SIZE)) {
                parameters.clear();
                opj.opj_set_default_decoder_parameters(parameters);
                check(opj.opj_setup_decoder(codec, parameters), "set up the decoder", source, frameIndex);
            }
            stream = opj.opj_stream_create(data.length, 1);
            opj.opj_stream_set_read_function(stream, READ);
            opj.opj_stream_set_skip_function(stream, SKIP);
            opj.opj_stream_set_seek_function(stream, SEEK);
            opj.opj_stream_set_user_data(stream, user, null);
            opj.opj_stream_set_user_data_length(stream, data.length);
            PointerByReference imageRef = new PointerByReference();
            check(opj.opj_read_header(stream, codec, imageRef), "read the header", source, frameIndex);
            image = imageRef.getValue();
            check(opj.opj_decode(codec, stream, image), "decode", source, frameIndex);
            check(opj.opj_end_decompress(codec, stream), "finish", source, frameIndex);
            return toFrame(f, frameIndex, image);
        } finally {
            if (image != null) {
                opj.opj_image_destroy(image);
            }
            if (stream != null) {
                opj.opj_stream_destroy(stream);
            }
            opj.opj_destroy_codec(codec);
            SOURCES.remove(id);
        }
    }

    /** JP2 signature box: length 12, type "jP  ". */
    private static boolean isJp2(byte[] d) {
        return d[0] == 0
                && d[1] == 0
                && d[2] == 0
                && d[3] == 12
                && d[4] == 'j'
                && d[5] == 'P'
                && d[6] == ' '
                && d[7] == ' ';
    }

    private static void check(int ok, String step, Source source, int frameIndex) {
        if (ok == 0) {
            String why = source.errors.isEmpty()
                    ? "no reason given"
                    : source.errors.toString().replaceAll("[;\\s]+$", "");
            throw new PixelDataException("JPEG 2000 frame " + frameIndex + " (" + source.data.length
                    + " bytes) cannot be decoded: OpenJPEG could not "
                    + step + ": " + why);
        }
    }

    private static DecodedFrame toFrame(PixelFormat f, int frameIndex, Pointer image) {
        int components = image.getInt(OpenJpeg.IMAGE_NUMCOMPS);
        Pointer comps = image.getPointer(OpenJpeg.IMAGE_COMPS);
        int spp = f.samplesPerPixel();
        int width = comps == null ? 0 : comps.getInt(OpenJpeg.COMP_W);
        int height = comps == null ? 0 : comps.getInt(OpenJpeg.COMP_H);
        if (components != spp || width != f.columns() || height != f.rows()) {
            throw new PixelDataException("JPEG 2000 frame " + frameIndex + " is " + width + "x" + height + " with "
                    + components + " components, but the data set says " + f.columns() + "x" + f.rows()
                    + " with SamplesPerPixel " + spp);
        }
        if (f.bitsAllocated() != 8 && f.bitsAllocated() != 16) {
            throw new PixelDataException("JPEG 2000 frame " + frameIndex + ": BitsAllocated " + f.bitsAllocated()
                    + " is not supported for this transfer syntax");
        }
        int pixels = f.pixelsPerFrame();
        int[][] planes = new int[spp][];
        for (int c = 0; c < spp; c++) {
            long at = (long) c * OpenJpeg.COMP_SIZE;
            int w = comps.getInt(at + OpenJpeg.COMP_W);
            int h = comps.getInt(at + OpenJpeg.COMP_H);
            int dx = comps.getInt(at + OpenJpeg.COMP_DX);
            int dy = comps.getInt(at + OpenJpeg.COMP_DY);
            int prec = comps.getInt(at + OpenJpeg.COMP_PREC);
            Pointer data = comps.getPointer(at + OpenJpeg.COMP_DATA);
            if (w != f.columns() || h != f.rows() || dx != 1 || dy != 1) {
                throw new PixelDataException("JPEG 2000 frame " + frameIndex + " component " + c + " is " + w + "x" + h
                        + " with subsampling " + dx + "x" + dy + "; only full-size components are supported");
            }
            if (prec > f.bitsAllocated()) {
                throw new PixelDataException("JPEG 2000 frame " + frameIndex + " has " + prec
                        + "-bit samples, which do not fit BitsAllocated " + f.bitsAllocated());
            }
            if (data == null) {
                throw new PixelDataException("JPEG 2000 frame " + frameIndex + " component " + c + " has no data");
            }
            planes[c] = data.getIntArray(0, pixels);
        }
        PixelFormat out = f.withBits(f.bitsAllocated(), f.bitsStored(), f.pixelRepresentation())
                .withPlanarConfiguration(0);
        DecodedFrame frame;
        if (f.bitsAllocated() == 8) {
            byte[] a = new byte[pixels * spp];
            for (int c = 0; c < spp; c++) {
                int[] p = planes[c];
                for (int i = 0, o = c; i < pixels; i++, o += spp) {
                    a[o] = (byte) p[i];
                }
            }
            frame = DecodedFrame.of(out, frameIndex, a);
        } else {
            short[] a = new short[pixels * spp];
            for (int c = 0; c < spp; c++) {
                int[] p = planes[c];
                for (int i = 0, o = c; i < pixels; i++, o += spp) {
                    a[o] = (short) p[i];
                }
            }
            frame = DecodedFrame.of(out, frameIndex, a);
        }
        StoredValues.normalise(frame);
        return frame;
    }

    private static Source source(Pointer user) {
        return SOURCES.get(Pointer.nativeValue(user));
    }

    /** The codestream being read, its read position, and OpenJPEG's error messages for it. */
    private static final class Source {
        private final byte[] data;
        private int position;
        private final StringBuilder errors = new StringBuilder();

        Source(byte[] data) {
            this.data = data;
        }

        long read(Pointer buffer, long size) {
            int n = (int) Math.min(size, data.length - position);
            if (n <= 0) {
                return -1;
            }
            buffer.write(0, data, position, n);
            position += n;
            return n;
        }

        long skip(long bytes) {
            if (bytes < 0 ? position + bytes < 0 : position + bytes > data.length) {
                return -1;
            }
            position += (int) bytes;
            return bytes;
        }

        boolean seek(long to) {
            if (to < 0 || to > data.length) {
                return false;
            }
            position = (int) to;
            return true;
        }

        void error(String message) {
            if (errors.length() < 1000) {
                errors.append(message.strip()).append("; ");
            }
        }
    }
}
