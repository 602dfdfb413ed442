package eu.eucaim.workstation.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViewportLayoutTest {

    @Test
    void rowsTimesColumnsViewportsShow() {
        ViewportLayout layout = new ViewportLayout();
        assertThat(layout.visible()).isEqualTo(1);
        layout.set(1, 2);
        assertThat(layout.visible()).isEqualTo(2);
        assertThat(layout.rowsProperty().get()).isEqualTo(1);
        assertThat(layout.columnsProperty().get()).isEqualTo(2);
        layout.set(2, 2);
        assertThat(layout.visible()).isEqualTo(4);
    }

    @Test
    void anImpossibleLayoutIsRefusedAndTheOldOneStays() {
        ViewportLayout layout = new ViewportLayout();
        layout.set(2, 1);
        assertThatThrownBy(() -> layout.set(3, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a viewer layout has 1 or 2 rows and 1 or 2 columns, not 3 × 1");
        assertThatThrownBy(() -> layout.set(1, 0)).hasMessageEndingWith("not 1 × 0");
        assertThat(layout.visible()).isEqualTo(2);
    }

    @Test
    void newlyVisibleViewportsGetTheNextSeriesOrTheLast() {
        assertThat(ViewportLayout.seriesFor(0, 5)).isZero();
        assertThat(ViewportLayout.seriesFor(3, 5)).isEqualTo(3);
        assertThat(ViewportLayout.seriesFor(3, 2)).isEqualTo(1);
        assertThatThrownBy(() -> ViewportLayout.seriesFor(1, 0)).hasMessage("no series to fill viewport 2 with");
    }
}
