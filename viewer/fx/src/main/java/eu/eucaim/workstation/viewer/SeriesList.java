package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.dicom.study.Patient;
import eu.eucaim.workstation.dicom.study.ScanResult;
import eu.eucaim.workstation.dicom.study.Series;
import eu.eucaim.workstation.dicom.study.Study;
import eu.eucaim.workstation.dicom.study.StudyMerge;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.browser.Thumbnails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The series browser's rows: the merge of everything opened ({@link StudyMerge}), so parts of one series from
 * several sources are one row. Each open's series stand together, in tree order, where the first of them was; a
 * series an earlier open listed keeps its row. A series whose stack is unchanged keeps its item, thumbnail and
 * loader; one that grew gets a new item in the same row, and {@code replaced} is told (viewports showing it keep
 * their image). Call on the UI thread.
 */
final class SeriesList {
    private final ObservableList<SeriesItem> series = FXCollections.observableArrayList();
    /** What each open found (a folder scan's latest report), by open. */
    private final Map<Object, ScanResult> opened = new LinkedHashMap<>();
    /** The series each open listed. */
    private final Map<Object, Set<String>> owned = new HashMap<>();

    private final Thumbnails thumbnails;
    private final BiConsumer<SeriesItem, SeriesItem> replaced;

    /** @param replaced told (before, after) when a series' stack changed and its new item took the row */
    SeriesList(Thumbnails thumbnails, BiConsumer<SeriesItem, SeriesItem> replaced) {
        this.thumbnails = thumbnails;
        this.replaced = replaced;
    }

    ObservableList<SeriesItem> items() {
        return series;
    }

    /**
     * Lists what {@code open} found so far ({@code latest}) with everything else opened. When {@code complete},
     * thumbnails are made for this open's series that changed or have none. Returns this open's series, in tree
     * order.
     */
    List<SeriesItem> relist(Object open, ScanResult latest, boolean complete) {
        opened.put(open, latest);
        Set<String> mine = owned.computeIfAbsent(open, k -> new HashSet<>());
        Map<String, SeriesItem> listed = new HashMap<>();
        series.forEach(s -> listed.put(s.seriesUid(), s));
        Set<String> found = seriesUids(latest);
        List<SeriesItem> current = new ArrayList<>();
        List<SeriesItem> block = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Patient p : StudyMerge.merge(opened.values()).patients()) {
            for (Study st : p.studies()) {
                for (Series se : st.series()) {
                    if (!found.contains(se.seriesInstanceUid()) || !seen.add(se.seriesInstanceUid())) {
                        continue; // not this open's, or a UID reused under another patient/study: the first only
                    }
                    SeriesItem item = new SeriesItem(p, st, se);
                    SeriesItem before = listed.get(item.seriesUid());
                    if (before != null && before.frames().equals(item.frames())) {
                        item = before;
                    } else if (before != null) {
                        item.thumbnailProperty().set(before.thumbnailProperty().get());
                        series.set(series.indexOf(before), item);
                        replaced.accept(before, item);
                    }
                    if (before == null || mine.contains(item.seriesUid())) {
                        block.add(item);
                    }
                    current.add(item);
                }
            }
        }
        int at = series.size();
        for (int i = 0; i < series.size(); i++) {
            if (mine.contains(series.get(i).seriesUid())) {
                at = i;
                break;
            }
        }
        series.removeIf(s -> mine.contains(s.seriesUid()));
        series.addAll(Math.min(at, series.size()), block);
        block.forEach(i -> mine.add(i.seriesUid()));
        if (complete) {
            thumbnails.make(current.stream()
                    .filter(i -> listed.get(i.seriesUid()) != i
                            || i.thumbnailProperty().get() == null)
                    .toList());
        }
        return current;
    }

    /** Forgets every open and row. */
    void clear() {
        opened.clear();
        owned.clear();
        series.clear();
    }

    /** "2 series, 9 images; 1 files skipped (not DICOM): why", for the status line when an open is complete. */
    static String summary(ScanResult latest) {
        ScanResult own = StudyMerge.merge(List.of(latest));
        int skipped = latest.errors().size();
        return own.seriesCount() + " series, " + frames(own) + " images"
                + (skipped > 0
                        ? "; " + skipped + " files skipped (not DICOM): "
                                + latest.errors().get(0).message()
                        : "");
    }

    /** Images in a tree: frames of multi-frame instances count one each. */
    static int frames(ScanResult r) {
        return r.patients().stream()
                .flatMap(p -> p.studies().stream())
                .flatMap(st -> st.series().stream())
                .mapToInt(Series::frames)
                .sum();
    }

    private static Set<String> seriesUids(ScanResult r) {
        Set<String> out = new HashSet<>();
        r.patients()
                .forEach(p -> p.studies().forEach(st -> st.series().forEach(se -> out.add(se.seriesInstanceUid()))));
        return out;
    }
}
