package eu.eucaim.workstation.viewer.viewport;

import eu.eucaim.workstation.viewer.engine.Annotation;
import eu.eucaim.workstation.viewer.engine.FrameRef;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The measurements of every image, kept while the study is open. {@link #version} ticks on any change. */
public final class AnnotationStore {
    private final Map<FrameRef, ObservableList<Annotation>> byFrame = new HashMap<>();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper();

    public ObservableList<Annotation> of(FrameRef ref) {
        return byFrame.computeIfAbsent(ref, r -> {
            ObservableList<Annotation> list = FXCollections.observableArrayList();
            list.addListener((javafx.collections.ListChangeListener<Annotation>) c -> version.set(version.get() + 1));
            return list;
        });
    }

    public void add(FrameRef ref, Annotation a) {
        of(ref).add(a);
    }

    public void clear() {
        byFrame.values().forEach(ObservableList::clear);
        byFrame.clear();
    }

    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }
}
