package eu.eucaim.workstation.app.fx;

import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;

/**
 * Table columns whose heading and figures are never cut: as wide as the widest of them in the theme's font (measured,
 * not guessed: a pixel width that fits one font cuts "12.4 MB" to "12.4 …" in another). FX thread.
 */
public final class ColumnWidths {
    /** What a cell takes beside its text: its padding on both sides and the column's border. */
    static final double CELL_ROOM = 20;

    private ColumnWidths() {}

    /** {@code column} no narrower than its heading (bold) and each of {@code widest}, the values it may show. */
    public static <C extends TableColumnBase<?, ?>> C whole(C column, String... widest) {
        double width = text(column.getText(), true);
        for (String value : widest) {
            width = Math.max(width, text(value, false));
        }
        width = Math.ceil(width + CELL_ROOM);
        column.setMinWidth(width);
        column.setPrefWidth(Math.max(column.getPrefWidth(), width));
        return column;
    }

    /** {@code column} exactly as wide as {@link #whole} makes it: a constrained table gives the room to the others. */
    public static <C extends TableColumnBase<?, ?>> C fixed(C column, String... widest) {
        whole(column, widest);
        column.setPrefWidth(column.getMinWidth());
        column.setMaxWidth(column.getMinWidth());
        return column;
    }

    /** The width of {@code text} as a label of the theme (the application's stylesheet) shows it. */
    static double text(String text, boolean bold) {
        Label probe = new Label(text);
        if (bold) {
            probe.setStyle("-fx-font-weight: bold;");
        }
        new Scene(new Group(probe)); // styled by the application's stylesheet, the theme's font
        probe.applyCss();
        return probe.prefWidth(-1);
    }
}
