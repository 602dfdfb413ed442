package eu.eucaim.workstation.viewer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.image.DisplayParameters;
import eu.eucaim.workstation.dicom.lut.ModalityTransform;
import eu.eucaim.workstation.dicom.lut.PresentationLutShape;
import eu.eucaim.workstation.dicom.source.LocalFile;
import eu.eucaim.workstation.viewer.viewport.OverlayText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measurements on projection radiographs: Pixel Spacing first; else Imager Pixel Spacing, labelled as at the
 * detector, or divided by the Estimated Radiographic Magnification Factor and labelled ERMF; else pixels.
 */
class CalibrationTest {

    private static Slice radiograph(Dataset ds) {
        Pixels p = new Pixels(100, 80, false, false, null, new short[100 * 80], null, 0, 0);
        return new Slice(
                new FrameRef(new LocalFile(Path.of("mem")), 0),
                ds,
                p,
                new DisplayParameters(
                        ModalityTransform.identity(), List.of(), List.of(), PresentationLutShape.IDENTITY),
                SliceGeometry.of(ds, 0),
                null);
    }

    @Test
    void imagerPixelSpacingAloneMeasuresAtTheDetector() {
        Dataset ds = new Dataset();
        ds.put(Calibration.IMAGER_PIXEL_SPACING, VR.DS, 0.2, 0.1);
        Slice s = radiograph(ds);
        assertThat(Calibration.of(s)).isEqualTo(new Calibration(0.2, 0.1, " at detector"));
        assertThat(Measurements.length(s, 0, 0, 30, 40)).isCloseTo(Math.hypot(3, 8), within(1e-9));
        assertThat(Annotation.measure(Annotation.Kind.LENGTH, new double[] {0, 0, 30, 40}, s)
                        .label())
                .isEqualTo(String.format("%.1f mm at detector", Math.hypot(3, 8)));
        assertThat(Annotation.measure(Annotation.Kind.RECTANGLE, new double[] {0, 0, 10, 10}, s)
                        .label())
                .endsWith(String.format("area %.1f mm² at detector (100 px)", 2.0));
    }

    @Test
    void aMagnificationFactorCorrectsTowardsTheAnatomy() {
        Dataset ds = new Dataset();
        ds.put(Calibration.IMAGER_PIXEL_SPACING, VR.DS, 0.2, 0.2);
        ds.put(Calibration.ESTIMATED_RADIOGRAPHIC_MAGNIFICATION, VR.DS, 1.25);
        Slice s = radiograph(ds);
        assertThat(Calibration.of(s).rowSpacing()).isCloseTo(0.16, within(1e-12));
        assertThat(Annotation.measure(Annotation.Kind.LENGTH, new double[] {0, 0, 50, 0}, s)
                        .label())
                .isEqualTo(String.format("%.1f mm (ERMF)", 8.0));
        ViewTransform t = new ViewTransform(100, 80, 400, 320, 4, 0, 0, 0, false, s.pixelAspect());
        OverlayText.ScaleBar bar = OverlayText.scaleBar(s, t);
        assertThat(bar.millimetres()).isEqualTo(2); // a quarter of 400 px at 0.04 mm per px is 4 mm: a 2 mm bar
        assertThat(bar.note()).isEqualTo(" (ERMF)");
    }

    @Test
    void pixelSpacingWinsAndNothingUsableMeansPixels() {
        Dataset both = new Dataset();
        both.put(SliceGeometry.PIXEL_SPACING, VR.DS, 0.5, 0.5);
        both.put(Calibration.IMAGER_PIXEL_SPACING, VR.DS, 0.2, 0.2);
        assertThat(Calibration.of(radiograph(both))).isEqualTo(new Calibration(0.5, 0.5, ""));
        Dataset broken = new Dataset();
        broken.put(Calibration.IMAGER_PIXEL_SPACING, VR.DS, 0.2, -1.0);
        broken.put(Calibration.ESTIMATED_RADIOGRAPHIC_MAGNIFICATION, VR.DS, 0.0);
        Slice s = radiograph(broken);
        assertThat(Calibration.of(s)).isNull();
        assertThat(Annotation.measure(Annotation.Kind.LENGTH, new double[] {0, 0, 3, 4}, s)
                        .label())
                .isEqualTo(String.format("%.1f px", 5.0));
        Dataset noMagnification = new Dataset();
        noMagnification.put(Calibration.IMAGER_PIXEL_SPACING, VR.DS, 0.2, 0.2);
        noMagnification.put(Calibration.ESTIMATED_RADIOGRAPHIC_MAGNIFICATION, VR.DS, 0.0);
        assertThat(Calibration.of(radiograph(noMagnification)).note()).isEqualTo(" at detector");
    }
}
