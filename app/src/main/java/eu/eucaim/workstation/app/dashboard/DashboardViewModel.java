package eu.eucaim.workstation.app.dashboard;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.LabelledCount;
import eu.eucaim.workstation.app.fx.LoadStatus;
import eu.eucaim.workstation.app.fx.Loader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The collection summary shown on the Dashboard tab. */
public final class DashboardViewModel {
    /** Datasets drawn as their own bar; the rest are summed into one "other datasets" bar so nothing is hidden. */
    public static final int TOP_DATASETS = 12;

    private final CatalogueService catalogue;
    private final Loader loader;
    private final ReadOnlyObjectWrapper<CatalogueSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");

    public DashboardViewModel(CatalogueService catalogue, Executor ui) {
        this.catalogue = catalogue;
        this.loader = new Loader(ui);
    }

    public void load() {
        loader.load(catalogue.summary(), summary::set);
    }

    public LoadStatus status() {
        return loader.status();
    }

    public ReadOnlyObjectProperty<CatalogueSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /**
     * The subjects-per-dataset bars: the {@code top} largest datasets, then one bar adding up the others (with
     * how many they are in its label), so the chart stays readable and the total is still right.
     */
    public static List<LabelledCount> topWithRest(List<LabelledCount> counts, int top) {
        if (counts.size() <= top + 1) {
            return counts;
        }
        List<LabelledCount> bars = new ArrayList<>(counts.subList(0, top));
        List<LabelledCount> rest = counts.subList(top, counts.size());
        long sum = rest.stream().mapToLong(LabelledCount::count).sum();
        bars.add(new LabelledCount("", rest.size() + " other datasets", sum));
        return bars;
    }
}
