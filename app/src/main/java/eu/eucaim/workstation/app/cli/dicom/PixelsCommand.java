package eu.eucaim.workstation.app.cli.dicom;

import eu.eucaim.workstation.api.platform.AtomicFile;
import eu.eucaim.workstation.dicom.image.StoredSamples;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Writes one frame's stored values (after decompression, masking to BitsStored and sign extension, before any
 * LUT) as raw little-endian samples and prints their layout as one line of JSON.
 */
@Command(
        name = "pixels",
        mixinStandardHelpOptions = true,
        description = {
            "Write a frame's stored values as raw little-endian samples.",
            "Samples are 1 byte (BitsAllocated 1 or 8; 1-bit data unpacked, one byte per pixel), 2 bytes (16) or "
                    + "4 bytes (32), signed when PixelRepresentation is 1; colour is pixel-interleaved RGB (YBR "
                    + "converted, PALETTE COLOR expanded through its palette). No modality or VOI LUT is applied.",
            "Prints {\"rows\":R,\"columns\":C,\"samplesPerPixel\":S,\"bitsAllocated\":B,\"signed\":true|false,"
                    + "\"frames\":F} describing OUT (B: bits per sample in OUT; F: frames in FILE).",
            "Exit 0; on error one line 'error: ...' on stderr and exit 2."
        })
public class PixelsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FrameOptions options;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return options.run(spec.commandLine().getErr(), (image, index) -> {
            DecodedFrame frame = image.frame(index);
            byte[] samples = StoredSamples.littleEndian(frame);
            AtomicFile.write(options.out, out -> out.write(samples));
            PixelFormat f = frame.format();
            stdout.println("{\"rows\":" + f.rows() + ",\"columns\":" + f.columns() + ",\"samplesPerPixel\":"
                    + f.samplesPerPixel() + ",\"bitsAllocated\":" + f.bitsAllocated() + ",\"signed\":" + f.signed()
                    + ",\"frames\":" + image.frameCount() + "}");
            stdout.flush();
            return 0;
        });
    }
}
