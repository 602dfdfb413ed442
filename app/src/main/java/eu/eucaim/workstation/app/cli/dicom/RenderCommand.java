package eu.eucaim.workstation.app.cli.dicom;

import eu.eucaim.workstation.api.platform.AtomicFile;
import eu.eucaim.workstation.dicom.image.FrameRenderer;
import eu.eucaim.workstation.dicom.lut.VoiTransform;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Renders one frame through the display pipeline into a PNG. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Render a frame to PNG through the display LUTs.",
            "Grayscale: modality transform (Rescale Slope/Intercept or Modality LUT), then the window given with "
                    + "--window, else the first Window Center/Width of the file, else its first VOI LUT, else the "
                    + "frame's min/max modality values; MONOCHROME1 is inverted. Colour is written as is.",
            "Exit 0; on error one line 'error: ...' on stderr and exit 2."
        })
public class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FrameOptions options;

    @Option(
            names = "--window",
            paramLabel = "C,W",
            description = "window center and width in modality units (VOI LUT Function LINEAR), e.g. 40,400")
    String window;

    @Override
    public Integer call() {
        return options.run(spec.commandLine().getErr(), (image, index) -> {
            VoiTransform.Window voi = window == null ? null : parse(window);
            PixelFormat f = image.format();
            int[] argb = image.render(index, voi);
            AtomicFile.write(options.out, out -> {
                if (!ImageIO.write(FrameRenderer.image(argb, f.columns(), f.rows()), "png", out)) {
                    throw new java.io.IOException("no PNG writer in this Java runtime");
                }
            });
            return 0;
        });
    }

    private static VoiTransform.Window parse(String text) throws FrameOptions.Failure {
        String[] parts = text.split(",", -1);
        try {
            if (parts.length == 2) {
                return new VoiTransform.Window(
                        Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            }
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw new FrameOptions.Failure("--window " + text + ": " + e.getMessage());
        }
        throw new FrameOptions.Failure("--window " + text + ": expected CENTER,WIDTH, e.g. 40,400");
    }
}
