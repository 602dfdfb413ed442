package eu.eucaim.workstation.viewer.browser;

import eu.eucaim.workstation.dicom.study.Instance;
import eu.eucaim.workstation.dicom.study.Patient;
import eu.eucaim.workstation.dicom.study.Series;
import eu.eucaim.workstation.dicom.study.Study;
import eu.eucaim.workstation.viewer.engine.ArgbImage;
import eu.eucaim.workstation.viewer.engine.FrameRef;
import eu.eucaim.workstation.viewer.engine.SliceGeometry;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One row of the series browser: what the scan found about a series, its frames in display order (instances
 * sorted along the slice normal, every frame of a multi-frame instance), and a thumbnail made in the background.
 */
public final class SeriesItem {
    private final Patient patient;
    private final Study study;
    private final Series series;
    private final List<FrameRef> frames;
    private final double[] positions;
    private final ObjectProperty<ArgbImage> thumbnail = new SimpleObjectProperty<>();

    public SeriesItem(Patient patient, Study study, Series series) {
        this.patient = patient;
        this.study = study;
        this.series = series;
        List<FrameRef> f = new ArrayList<>();
        List<Double> pos = new ArrayList<>();
        for (Instance i : series.instances()) {
            for (int k = 0; k < i.frames(); k++) {
                f.add(new FrameRef(i.source(), k));
                pos.add(i.frames() == 1 ? i.slicePosition() : Double.NaN);
            }
        }
        this.frames = List.copyOf(f);
        this.positions = pos.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public String patientName() {
        String n = patient.name().replace('^', ' ').strip();
        return n.isEmpty() ? "(no name)" : n;
    }

    public String patientId() {
        return patient.patientId();
    }

    public String studyUid() {
        return study.studyInstanceUid();
    }

    public String seriesUid() {
        return series.seriesInstanceUid();
    }

    /** YYYY-MM-DD when the study date is a DICOM DA, as is otherwise. */
    public String studyDate() {
        String d = study.studyDate();
        return d.length() == 8 ? d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6) : d;
    }

    public String studyDescription() {
        return study.description();
    }

    public int seriesNumber() {
        return series.seriesNumber();
    }

    public String seriesDescription() {
        return series.description();
    }

    public String modality() {
        return series.modality();
    }

    /** Images to scroll through (frames of multi-frame instances count one each). */
    public int imageCount() {
        return frames.size();
    }

    public List<FrameRef> frames() {
        return frames;
    }

    /** Position along the slice normal of frame {@code i} (NaN for multi-frame instances or without geometry). */
    public double position(int i) {
        return positions[i];
    }

    /** The slice normal of the series (from its first instance), or null. */
    public double[] normal() {
        double[] o = series.instances().get(0).orientation();
        return o == null ? null : SliceGeometry.normal(o);
    }

    public ObjectProperty<ArgbImage> thumbnailProperty() {
        return thumbnail;
    }

    /** "3 · CT · Lung 1 mm" */
    public String title() {
        String d = seriesDescription().isEmpty() ? "(no description)" : seriesDescription();
        return seriesNumber() + " · " + modality() + " · " + d;
    }

    @Override
    public String toString() {
        return title();
    }
}
