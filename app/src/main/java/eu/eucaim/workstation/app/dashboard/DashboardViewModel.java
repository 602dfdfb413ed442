package eu.eucaim.workstation.app.dashboard;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.LabelledCount;
import eu.eucaim.workstation.app.fx.LoadStatus;
import eu.eucaim.workstation.app.fx.Loader;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The collection summary shown on the Dashboard tab. */
public final class DashboardViewModel {
    /** Datasets drawn as bars; the others are listed under the chart, so that every dataset stays readable. */
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

    /** The datasets drawn as bars: the largest {@link #TOP_DATASETS}. */
    public static List<LabelledCount> barDatasets(CatalogueSummary s) {
        List<LabelledCount> all = bySize(s);
        return all.subList(0, Math.min(TOP_DATASETS, all.size()));
    }

    /** The datasets listed under the chart: all after the bars. */
    public static List<LabelledCount> listedDatasets(CatalogueSummary s) {
        List<LabelledCount> all = bySize(s);
        return all.subList(Math.min(TOP_DATASETS, all.size()), all.size());
    }

    /** Largest first, whatever order the node sent (the contract says sorted; a chart must not depend on it). */
    private static List<LabelledCount> bySize(CatalogueSummary s) {
        return s.subjectsByDataset().stream()
                .sorted(Comparator.comparingLong(LabelledCount::count).reversed())
                .toList();
    }
}
