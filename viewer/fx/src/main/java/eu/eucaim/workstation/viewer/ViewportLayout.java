package eu.eucaim.workstation.viewer;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** How the viewports are laid out: 1 or 2 rows by 1 or 2 columns (1×1, 1×2, 2×1, 2×2), filled row by row. */
public final class ViewportLayout {
    /** Rows and columns go up to this: four viewports. */
    public static final int MAX = 2;

    private final ReadOnlyIntegerWrapper rows = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyIntegerWrapper columns = new ReadOnlyIntegerWrapper(1);

    /** Sets the grid; anything but 1 or 2 rows and columns is refused with the reason. */
    public void set(int rowCount, int columnCount) {
        if (rowCount < 1 || rowCount > MAX || columnCount < 1 || columnCount > MAX) {
            throw new IllegalArgumentException(
                    "a viewer layout has 1 or 2 rows and 1 or 2 columns, not " + rowCount + " × " + columnCount);
        }
        rows.set(rowCount);
        columns.set(columnCount);
    }

    /** How many viewports show: the first {@code visible()} of them. */
    public int visible() {
        return rows.get() * columns.get();
    }

    /**
     * The series a newly visible, empty viewport {@code viewport} (0-based) gets: the next one, as Weasis and OHIF
     * fill a layout; the last when there are fewer series than viewports.
     */
    public static int seriesFor(int viewport, int seriesCount) {
        if (seriesCount <= 0) {
            throw new IllegalArgumentException("no series to fill viewport " + (viewport + 1) + " with");
        }
        return Math.min(seriesCount - 1, viewport);
    }

    public ReadOnlyIntegerProperty rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty columnsProperty() {
        return columns.getReadOnlyProperty();
    }
}
