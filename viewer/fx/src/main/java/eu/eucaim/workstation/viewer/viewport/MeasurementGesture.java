package eu.eucaim.workstation.viewer.viewport;

import eu.eucaim.workstation.viewer.engine.Annotation;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Drawing a measurement with the left button, in viewport coordinates: length and ROIs are one drag; an angle is
 * a drag along its first arm, then a click at the end of the second. A click that does not move draws nothing.
 * The finished measurement goes to the {@link AnnotationStore} under the slice it was drawn on. Each method
 * returns whether the shape being drawn changed (the view redraws). Call on the UI thread.
 */
public final class MeasurementGesture {
    /** How far (viewport pixels) the mouse must move between press and release to draw. */
    private static final double MIN_MOVE = 2;

    private final ViewportViewModel vm;
    private final Supplier<Tool> tool;
    private final AnnotationStore annotations;
    private final List<double[]> draft = new ArrayList<>();
    private double[] draftEnd;
    private double pressX;
    private double pressY;

    public MeasurementGesture(ViewportViewModel vm, Supplier<Tool> tool, AnnotationStore annotations) {
        this.vm = vm;
        this.tool = tool;
        this.annotations = annotations;
    }

    /** The left button went down at (x, y). */
    public boolean press(double x, double y) {
        pressX = x;
        pressY = y;
        ViewTransform t = vm.transform();
        if (!tool.get().draws() || t == null) {
            return false;
        }
        double[] p = t.toImage(x, y);
        if (tool.get() != Tool.ANGLE || draft.isEmpty()) {
            draft.clear();
            draft.add(p);
        }
        draftEnd = p;
        return true;
    }

    /** The mouse moved to (x, y) with the left button down. */
    public boolean drag(double x, double y) {
        return !draft.isEmpty() && tool.get().draws() && moveEnd(x, y);
    }

    /** The mouse moved to (x, y) with no button down: an angle's second arm follows it. */
    public boolean hover(double x, double y) {
        return tool.get() == Tool.ANGLE && draft.size() == 2 && moveEnd(x, y);
    }

    /** The left button came up at (x, y): the measurement is finished, or the angle's vertex is set. */
    public boolean release(double x, double y) {
        if (!tool.get().draws() || draft.isEmpty()) {
            return false;
        }
        ViewTransform t = vm.transform();
        Slice s = vm.sliceProperty().get();
        if (t == null || s == null || !s.ok()) {
            draft.clear();
            return true;
        }
        double[] end = t.toImage(x, y);
        boolean moved = Math.hypot(x - pressX, y - pressY) > MIN_MOVE;
        if (tool.get() == Tool.ANGLE) {
            if (draft.size() == 1 && moved) {
                draft.add(end); // the vertex; the next click gives the second arm
                draftEnd = end;
                return true;
            }
            if (draft.size() == 2) {
                draftEnd = end;
                finish(s);
                return true;
            }
            return false;
        }
        if (moved) {
            draftEnd = end;
            finish(s);
        } else {
            draft.clear();
        }
        return true;
    }

    /** The shape being drawn in image coordinates (x0, y0, x1, y1[, x2, y2]), or null. */
    public double[] draft() {
        if (draft.isEmpty() || draftEnd == null) {
            return null;
        }
        double[] out = new double[draft.size() * 2 + 2];
        for (int i = 0; i < draft.size(); i++) {
            out[2 * i] = draft.get(i)[0];
            out[2 * i + 1] = draft.get(i)[1];
        }
        out[out.length - 2] = draftEnd[0];
        out[out.length - 1] = draftEnd[1];
        return out;
    }

    /** The kind of measurement the current tool draws. */
    public Annotation.Kind kind() {
        return switch (tool.get()) {
            case LENGTH -> Annotation.Kind.LENGTH;
            case ANGLE -> Annotation.Kind.ANGLE;
            case RECTANGLE -> Annotation.Kind.RECTANGLE;
            default -> Annotation.Kind.ELLIPSE;
        };
    }

    private boolean moveEnd(double x, double y) {
        ViewTransform t = vm.transform();
        if (t == null) {
            return false;
        }
        draftEnd = t.toImage(x, y);
        return true;
    }

    private void finish(Slice s) {
        annotations.add(s.ref(), Annotation.measure(kind(), draft(), s));
        draft.clear();
        draftEnd = null;
    }
}
