package eu.eucaim.workstation.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.source.LocalFile;
import eu.eucaim.workstation.dicom.study.Instance;
import eu.eucaim.workstation.dicom.study.Patient;
import eu.eucaim.workstation.dicom.study.Series;
import eu.eucaim.workstation.dicom.study.Study;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slice a synchronised viewport moves to: nearest along the normal, only for parallel slices. */
class ScrollSyncTest {
    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0};
    private static final double[] AXIAL_UPSIDE_DOWN = {1, 0, 0, 0, -1, 0}; // normal −z
    private static final double[] CORONAL = {1, 0, 0, 0, 0, -1};

    /** Slices at z = {@code zs}, in that order. */
    private static SeriesItem series(double[] orientation, double... zs) {
        List<Instance> instances = new ArrayList<>();
        for (int i = 0; i < zs.length; i++) {
            instances.add(new Instance(
                    new LocalFile(Path.of("s" + i)),
                    "",
                    "2.25." + i,
                    i + 1,
                    1,
                    new double[] {0, 0, zs[i]},
                    orientation));
        }
        Series se = new Series("2.25.9", 1, "CT", "", instances);
        Study st = new Study("2.25.8", "20240115", "", "", "", List.of(se));
        return new SeriesItem(new Patient("P", "N", List.of(st)), st, se);
    }

    @Test
    void theNearestSliceAlongTheNormal() {
        SeriesItem to = series(AXIAL, 0, 2.5, 5, 7.5);
        assertThat(ScrollSync.nearest(new double[] {0, 0, 1}, 3.0, to)).isEqualTo(1);
        assertThat(ScrollSync.nearest(new double[] {0, 0, 1}, 4.0, to)).isEqualTo(2);
        assertThat(ScrollSync.nearest(new double[] {0, 0, 1}, 100, to)).isEqualTo(3);
    }

    @Test
    void aStackTheOtherWayRoundIsMatchedByPosition() {
        SeriesItem to = series(AXIAL_UPSIDE_DOWN, 0, 2.5, 5, 7.5); // positions along −z: 0, −2.5, −5, −7.5
        assertThat(ScrollSync.nearest(new double[] {0, 0, 1}, 5.0, to)).isEqualTo(2);
    }

    @Test
    void slicesThatAreNotParallelDoNotFollow() {
        assertThat(ScrollSync.nearest(new double[] {0, 0, 1}, 3.0, series(CORONAL, 0, 1)))
                .isEqualTo(-1);
        assertThat(ScrollSync.nearest(new double[] {0, 0, 1}, 3.0, series(null, 0, 1)))
                .isEqualTo(-1);
    }
}
