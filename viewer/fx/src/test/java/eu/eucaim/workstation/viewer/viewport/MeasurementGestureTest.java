package eu.eucaim.workstation.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.study.DicomScanner;
import eu.eucaim.workstation.viewer.engine.Annotation;
import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.FrameRef;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.SliceReader;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import eu.eucaim.workstation.viewer.testing.UiThread;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drawing measurements with the left button on a real viewport (16 × 16 pixels of 0.5 mm in 160 × 160). */
class MeasurementGestureTest {
    @TempDir
    Path dir;

    private final UiThread ui = new UiThread();
    private final DecodePool pool = new DecodePool(1, "test-decode");
    private final AtomicReference<Tool> tool = new AtomicReference<>(Tool.LENGTH);
    private final AnnotationStore annotations = new AnnotationStore();
    private ViewportViewModel vp;
    private MeasurementGesture gesture;
    private Slice slice;

    @BeforeEach
    void show() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 1, 16, 16, (x, y, z) -> 1024 + x);
        List<FrameRef> refs = new DicomScanner()
                .scan(dir).patients().get(0).studies().get(0).series().get(0).instances().stream()
                        .map(i -> new FrameRef(i.source(), 0))
                        .toList();
        SeriesLoader loader = new SeriesLoader(refs, new SliceReader(), new FrameCache(1 << 20), pool);
        vp = ui.call(() -> new ViewportViewModel(Runnable::run, ui));
        gesture = new MeasurementGesture(vp, tool::get, annotations);
        ui.call(() -> {
            vp.resize(160, 160);
            vp.show(loader, "CT", 0);
            return null;
        });
        ui.await("the image", () -> vp.sliceProperty().get() != null);
        slice = ui.call(() -> vp.sliceProperty().get());
        assertThat(ui.call(() -> vp.transform().zoom())).isEqualTo(10.0);
    }

    @AfterEach
    void stop() {
        ui.close();
        pool.close();
    }

    private List<Annotation> drawn() throws Exception {
        return ui.call(() -> List.copyOf(annotations.of(slice.ref())));
    }

    private double[] image(double... view) throws Exception {
        ViewTransform t = ui.call(() -> vp.transform());
        double[] out = new double[view.length];
        for (int i = 0; i < view.length; i += 2) {
            double[] p = t.toImage(view[i], view[i + 1]);
            out[i] = p[0];
            out[i + 1] = p[1];
        }
        return out;
    }

    @Test
    void aDragDrawsALengthInMillimetres() throws Exception {
        assertThat(ui.call(() -> gesture.press(30, 40))).isTrue();
        assertThat(ui.call(() -> gesture.drag(130, 40))).isTrue();
        assertThat(ui.call(() -> gesture.draft())).containsExactly(image(30, 40, 130, 40));
        ui.call(() -> gesture.release(130, 40));
        assertThat(drawn()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Annotation.Kind.LENGTH);
            assertThat(a.points()).containsExactly(image(30, 40, 130, 40));
            assertThat(a.label()).isEqualTo("5.0 mm"); // 100 px at 10 px per 0.5 mm pixel
        });
        assertThat(ui.call(() -> gesture.draft())).isNull();
    }

    @Test
    void aClickThatDoesNotMoveDrawsNothing() throws Exception {
        tool.set(Tool.RECTANGLE);
        ui.call(() -> gesture.press(50, 50));
        ui.call(() -> gesture.release(51, 51));
        assertThat(drawn()).isEmpty();
        assertThat(ui.call(() -> gesture.draft())).isNull();
    }

    @Test
    void anAngleIsADragAlongTheFirstArmThenAClick() throws Exception {
        tool.set(Tool.ANGLE);
        ui.call(() -> gesture.press(20, 100));
        ui.call(() -> gesture.drag(100, 100));
        ui.call(() -> gesture.release(100, 100)); // the vertex
        assertThat(drawn()).isEmpty();
        assertThat(ui.call(() -> gesture.hover(100, 30))).isTrue(); // the second arm follows the mouse
        assertThat(ui.call(() -> gesture.draft())).containsExactly(image(20, 100, 100, 100, 100, 30));
        ui.call(() -> gesture.press(100, 20));
        ui.call(() -> gesture.release(100, 20));
        assertThat(drawn()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Annotation.Kind.ANGLE);
            assertThat(a.label()).isEqualTo("90.0°");
        });
    }

    @Test
    void toolsThatDoNotDrawLeaveTheMouseToTheViewport() throws Exception {
        tool.set(Tool.WINDOW);
        assertThat(ui.call(() -> gesture.press(30, 40))).isFalse();
        assertThat(ui.call(() -> gesture.drag(130, 40))).isFalse();
        assertThat(ui.call(() -> gesture.release(130, 40))).isFalse();
        assertThat(drawn()).isEmpty();
    }
}
