package eu.eucaim.workstation.dicom.pixel;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;

/** The part of CharLS 2.x's C API (charls_jpegls_decoder.h, Debian's libcharls2) used to decode a frame. */
interface CharLs extends Library {

    /** struct charls_frame_info (public_types.h). */
    @Structure.FieldOrder({"width", "height", "bitsPerSample", "componentCount"})
    class FrameInfo extends Structure {
        public int width;
        public int height;
        public int bitsPerSample;
        public int componentCount;
    }

    Pointer charls_jpegls_decoder_create();

    void charls_jpegls_decoder_destroy(Pointer decoder);

    int charls_jpegls_decoder_set_source_buffer(Pointer decoder, Pointer source, long sourceSize);

    int charls_jpegls_decoder_read_header(Pointer decoder);

    int charls_jpegls_decoder_get_frame_info(Pointer decoder, FrameInfo info);

    int charls_jpegls_decoder_get_interleave_mode(Pointer decoder, IntByReference mode);

    int charls_jpegls_decoder_get_near_lossless(Pointer decoder, int component, IntByReference near);

    int charls_jpegls_decoder_get_destination_size(Pointer decoder, int stride, LongByReference size);

    int charls_jpegls_decoder_decode_to_buffer(Pointer decoder, Pointer destination, long size, int stride);

    String charls_get_error_message(int error);

    /** Loaded library, or the reason it could not be loaded. */
    record Loaded(CharLs library, String problem) {}

    static Loaded load() {
        String problem = null;
        // Debian ships only the versioned name unless libcharls-dev is installed.
        for (String name : new String[] {"charls", "libcharls.so.2"}) {
            try {
                return new Loaded(Native.load(name, CharLs.class), null);
            } catch (UnsatisfiedLinkError e) {
                problem = e.getMessage();
            }
        }
        return new Loaded(null, problem);
    }
}
