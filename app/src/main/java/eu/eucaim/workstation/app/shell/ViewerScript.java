package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.viewer.ViewerView;
import eu.eucaim.workstation.viewer.ViewerViewModel;
import eu.eucaim.workstation.viewer.engine.Annotation;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.viewport.ViewportViewModel;
import java.util.Arrays;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Dev-only: replays a few viewer actions given in the system property {@code eucaim.viewer.script} so that the
 * documentation screenshots show the real app in a known state, e.g.
 * {@code layout=2x2;viewport=1;index=150;preset=5;ellipse=200,180,260,240;tags=Patient}. Each step waits half a second.
 */
final class ViewerScript {
    private ViewerScript() {}

    static void run(String script, ViewerView view) {
        if (script == null || script.isBlank()) {
            return;
        }
        String[] steps = script.split(";");
        step(steps, 0, view);
    }

    private static void step(String[] steps, int i, ViewerView view) {
        if (i >= steps.length) {
            return;
        }
        PauseTransition pause = new PauseTransition(Duration.millis(700));
        pause.setOnFinished(e -> {
            apply(steps[i].strip(), view);
            step(steps, i + 1, view);
        });
        pause.play();
    }

    private static void apply(String step, ViewerView view) {
        ViewerViewModel vm = view.viewModel();
        int eq = step.indexOf('=');
        String key = eq < 0 ? step : step.substring(0, eq);
        String value = eq < 0 ? "" : step.substring(eq + 1);
        ViewportViewModel vp = vm.active();
        switch (key) {
            case "layout" -> vm.layout(Integer.parseInt(value.split("x")[0]), Integer.parseInt(value.split("x")[1]));
            case "viewport" -> vm.activeProperty().set(vm.viewports().get(Integer.parseInt(value)));
            case "series" -> vm.show(vm.series().get(Integer.parseInt(value)));
            case "index" -> vp.setIndex(Integer.parseInt(value));
            case "preset" -> vp.preset(Integer.parseInt(value));
            case "zoom" -> vp.zoomBy(Double.parseDouble(value), vp.viewWidth() / 2.0, vp.viewHeight() / 2.0);
            case "refs" -> vm.referenceLinesProperty().set(true);
            case "length", "angle", "rectangle", "ellipse" -> {
                Slice s = vp.sliceProperty().get();
                double[] p = Arrays.stream(value.split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray();
                vm.annotations()
                        .add(
                                s.ref(),
                                Annotation.measure(
                                        Annotation.Kind.valueOf(key.toUpperCase(java.util.Locale.ROOT)), p, s));
            }
            case "tags" -> {
                view.showTags();
                view.tagBrowser().searchField().setText(value);
            }
            default -> throw new IllegalArgumentException("unknown viewer script step " + step);
        }
    }
}
