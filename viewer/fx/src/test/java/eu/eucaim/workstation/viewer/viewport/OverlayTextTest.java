package eu.eucaim.workstation.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.image.DisplayParameters;
import eu.eucaim.workstation.dicom.lut.ModalityTransform;
import eu.eucaim.workstation.dicom.lut.PresentationLutShape;
import eu.eucaim.workstation.dicom.source.LocalFile;
import eu.eucaim.workstation.viewer.engine.FrameRef;
import eu.eucaim.workstation.viewer.engine.Measurements;
import eu.eucaim.workstation.viewer.engine.Pixels;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.SliceGeometry;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlayTextTest {

    /** An axial slice of 0.5 mm wide, 1 mm tall pixels. */
    private static Slice anisotropic() {
        Dataset ds = new Dataset();
        ds.put(0x00280030, VR.DS, 1.0, 0.5);
        ds.put(0x00200032, VR.DS, 0, 0, 0);
        ds.put(0x00200037, VR.DS, 1, 0, 0, 0, 1, 0);
        Pixels p = new Pixels(64, 32, false, false, null, new short[64 * 32], null, 0, 0);
        return new Slice(
                new FrameRef(new LocalFile(Path.of("mem")), 0),
                ds,
                p,
                new DisplayParameters(
                        ModalityTransform.identity(), List.of(), List.of(), PresentationLutShape.IDENTITY),
                SliceGeometry.of(ds, 0),
                null);
    }

    /** The bar, laid on screen horizontally, measures what it says whether it crosses image rows or columns. */
    @Test
    void theScaleBarIsTrueInEveryOrientation() {
        Slice s = anisotropic();
        for (int r = 0; r < 4; r++) {
            ViewTransform t = new ViewTransform(64, 32, 400, 300, 2.5, 0, 0, r, false, s.pixelAspect());
            OverlayText.ScaleBar bar = OverlayText.scaleBar(s, t);
            assertThat(bar.millimetres()).isEqualTo(20); // a quarter of 400 px at 0.2 mm per px is 20 mm
            double[] a = t.toImage(100, 150);
            double[] b = t.toImage(100 + bar.pixels(), 150);
            assertThat(Measurements.length(s, a[0], a[1], b[0], b[1]))
                    .as("rotation %d", r)
                    .isCloseTo(bar.millimetres(), within(1e-9));
        }
    }

    @Test
    void orientationLettersFollowTheQuarterTurnOnStretchedPixels() {
        Slice s = anisotropic();
        OverlayText.Edges up = OverlayText.edges(s, new ViewTransform(64, 32, 400, 300, 2.5, 0, 0, 0, false, 2));
        assertThat(List.of(up.left(), up.right(), up.top(), up.bottom())).containsExactly("R", "L", "A", "P");
        OverlayText.Edges turned = OverlayText.edges(s, new ViewTransform(64, 32, 400, 300, 2.5, 0, 0, 1, false, 2));
        assertThat(List.of(turned.left(), turned.right(), turned.top(), turned.bottom()))
                .containsExactly("P", "A", "R", "L");
    }

    @Test
    void theScaleBarSaysItsLengthAndWhereItApplies() {
        assertThat(new OverlayText.ScaleBar(100, 20, "").label()).isEqualTo("2 cm");
        assertThat(new OverlayText.ScaleBar(100, 5, "").label()).isEqualTo("5 mm");
        assertThat(new OverlayText.ScaleBar(100, 0.5, " at detector").label()).isEqualTo("0.5 mm at detector");
    }

    @Test
    void theCursorTextGivesThePixelAndItsValueOnlyOnTheImage() {
        Slice s = anisotropic();
        ViewTransform t = new ViewTransform(64, 32, 64, 64, 1, 0, 0, 0, false, 1);
        double[] v = t.toView(10.5, 20.5);
        assertThat(OverlayText.cursor(s, t, v[0], v[1])).isEqualTo("x 10  y 20  value 0");
        assertThat(OverlayText.cursor(s, t, -100, -100)).isEmpty();
        assertThat(OverlayText.cursor(s, null, v[0], v[1])).isEmpty();
        assertThat(OverlayText.cursor(null, t, v[0], v[1])).isEmpty();
    }
}
