package eu.eucaim.workstation.app.selection;

import java.util.List;

/** The JSON shape of {@code selection.json}: {@code {"datasets":[{"id":…,"title":…}]}}. */
public record SelectionFile(List<SelectedDataset> datasets) {

    private static java.util.function.Predicate<SelectedDataset> distinctIds() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return d -> seen.add(d.id());
    }

    /** Drops entries without an id and repeats, which a hand-edited file may contain. */
    public SelectionFile checked() {
        if (datasets == null) {
            return new SelectionFile(List.of());
        }
        return new SelectionFile(datasets.stream()
                .filter(d -> d != null && d.id() != null && !d.id().isBlank())
                .map(d -> new SelectedDataset(d.id(), d.title() == null ? d.id() : d.title(), d.foundBy()))
                .filter(distinctIds())
                .toList());
    }
}
