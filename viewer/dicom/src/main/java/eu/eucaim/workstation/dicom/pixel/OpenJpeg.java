package eu.eucaim.workstation.dicom.pixel;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/** The part of OpenJPEG 2.x's C API (openjpeg.h, Debian's libopenjp2-7) used to decode a frame from memory. */
interface OpenJpeg extends Library {
    int CODEC_J2K = 0;
    int CODEC_JP2 = 2;

    /** Bytes reserved for opj_dparameters_t (about 8.3 KB in 2.5); only the library reads or writes it. */
    int DPARAMETERS_SIZE = 16 * 1024;

    /** opj_image_t: x0, y0, x1, y1, numcomps, color_space (4 bytes each), then the comps pointer. */
    int IMAGE_NUMCOMPS = 16;

    int IMAGE_COMPS = 24;

    /** opj_image_comp_t: eleven 4-byte fields (dx, dy, w, h, x0, y0, prec, bpp, sgnd, resno_decoded, factor), data, alpha. */
    int COMP_SIZE = 64;

    int COMP_DX = 0;
    int COMP_DY = 4;
    int COMP_W = 8;
    int COMP_H = 12;
    int COMP_PREC = 24;
    int COMP_SGND = 32;
    int COMP_DATA = 48;

    /** opj_msg_callback. */
    interface MessageHandler extends Callback {
        void invoke(String message, Pointer clientData);
    }

    /** opj_stream_read_fn: returns the bytes read, or (size_t) -1 at the end. */
    interface ReadFunction extends Callback {
        long invoke(Pointer buffer, long size, Pointer userData);
    }

    /** opj_stream_skip_fn: returns the bytes skipped, or -1. */
    interface SkipFunction extends Callback {
        long invoke(long bytes, Pointer userData);
    }

    /** opj_stream_seek_fn: returns OPJ_TRUE on success. */
    interface SeekFunction extends Callback {
        int invoke(long position, Pointer userData);
    }

    String opj_version();

    Pointer opj_create_decompress(int format);

    void opj_destroy_codec(Pointer codec);

    void opj_set_default_decoder_parameters(Pointer parameters);

    int opj_setup_decoder(Pointer codec, Pointer parameters);

    int opj_set_info_handler(Pointer codec, MessageHandler handler, Pointer clientData);

    int opj_set_warning_handler(Pointer codec, MessageHandler handler, Pointer clientData);

    int opj_set_error_handler(Pointer codec, MessageHandler handler, Pointer clientData);

    Pointer opj_stream_create(long bufferSize, int isInput);

    void opj_stream_destroy(Pointer stream);

    void opj_stream_set_read_function(Pointer stream, ReadFunction function);

    void opj_stream_set_skip_function(Pointer stream, SkipFunction function);

    void opj_stream_set_seek_function(Pointer stream, SeekFunction function);

    void opj_stream_set_user_data(Pointer stream, Pointer userData, Pointer freeFunction);

    void opj_stream_set_user_data_length(Pointer stream, long length);

    int opj_read_header(Pointer stream, Pointer codec, PointerByReference image);

    int opj_decode(Pointer codec, Pointer stream, Pointer image);

    int opj_end_decompress(Pointer codec, Pointer stream);

    void opj_image_destroy(Pointer image);

    /** Loaded library, or the reason it could not be loaded. */
    record Loaded(OpenJpeg library, String problem) {}

    /** Loads libopenjp2 unless the system property {@code eucaim.openjpeg} is "false" (then jai-imageio decodes). */
    static Loaded load() {
        if ("false".equals(System.getProperty("eucaim.openjpeg"))) {
            return new Loaded(null, "disabled by -Deucaim.openjpeg=false");
        }
        String problem = null;
        // Debian ships only the versioned name unless libopenjp2-7-dev is installed.
        for (String name : new String[] {"openjp2", "libopenjp2.so.7"}) {
            try {
                OpenJpeg library = Native.load(name, OpenJpeg.class);
                String version = library.opj_version();
                if (version != null && version.startsWith("2.")) {
                    return new Loaded(library, null);
                }
                problem = name + " is OpenJPEG " + version + ", 2.x is needed";
            } catch (UnsatisfiedLinkError e) {
                problem = e.getMessage();
            }
        }
        return new Loaded(null, problem);
    }
}
