package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.viewer.viewport.ViewportViewModel;
import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The Viewer's keys, acting on the active viewport: arrows, Page Up/Down, Home, End scroll; 1–9 window presets;
 * I invert, R rotate, H/V flip, F fit, A 1:1, S smooth, O overlays, Space cine, T tags, Delete the last
 * measurement. Keys typed into a text field, or with Ctrl/Cmd or Alt, are left alone.
 */
final class ViewerKeys implements EventHandler<KeyEvent> {
    private final ViewerViewModel vm;
    private final Runnable showTags;

    ViewerKeys(ViewerViewModel vm, Runnable showTags) {
        this.vm = vm;
        this.showTags = showTags;
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (act(vm.active(), e.getCode())) {
            e.consume();
        }
    }

    private boolean act(ViewportViewModel a, KeyCode key) {
        switch (key) {
            case UP, LEFT -> a.scroll(-1);
            case DOWN, RIGHT -> a.scroll(1);
            case PAGE_UP -> a.page(-1);
            case PAGE_DOWN -> a.page(1);
            case HOME -> a.setIndex(0);
            case END -> a.setIndex(a.countProperty().get() - 1);
            case I -> a.toggleInvert();
            case R -> a.rotateClockwise();
            case H -> a.flipHorizontal();
            case V -> a.flipVertical();
            case F -> a.fit();
            case A -> a.oneToOne();
            case S -> a.toggleInterpolation();
            case O -> vm.overlaysProperty().set(!vm.overlaysProperty().get());
            case SPACE -> vm.cine().toggle();
            case T -> showTags.run();
            case DELETE, BACK_SPACE -> vm.deleteLastMeasurement();
            default -> {
                if (!key.isDigitKey() || key == KeyCode.DIGIT0 || key == KeyCode.NUMPAD0) {
                    return false;
                }
                // by the key, not its text: on some layouts the digit keys type other characters unshifted
                String name = key.getName(); // "3", "Numpad 3"
                a.preset(Character.digit(name.charAt(name.length() - 1), 10));
            }
        }
        return true;
    }
}
