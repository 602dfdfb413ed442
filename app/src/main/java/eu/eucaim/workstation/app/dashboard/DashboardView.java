package eu.eucaim.workstation.app.dashboard;

import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.LabelledCount;
import eu.eucaim.workstation.app.fx.Axes;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Scrolling;
import eu.eucaim.workstation.app.fx.StatusOverlay;
import eu.eucaim.workstation.app.fx.Tooltips;
import eu.eucaim.workstation.app.tab.Destination;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Dashboard tab: headline numbers, three charts and the "Become a …" cards. Draws what the view-model has. */
public final class DashboardView extends StatusOverlay {
    private final HBox headline = new HBox(12);
    private final RankedBars subjectsChart;
    private final BarChart<Number, String> modalityChart = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final VBox otherDatasets = new VBox(2);
    private final TitledPane otherPane = new TitledPane("", otherDatasets);
    private final PieChart bodyPartChart = new PieChart();

    private final java.util.function.Consumer<Role> openRole;
    private final java.util.function.Consumer<Destination> open;

    public DashboardView(DashboardViewModel vm) {
        this(vm, role -> {}, d -> {});
    }

    /**
     * @param openRole shows a role's page (a card's "How to become …")
     * @param open     opens what a chart's bar or slice stands for (a dataset, the Catalogue filtered by it)
     */
    public DashboardView(
            DashboardViewModel vm,
            java.util.function.Consumer<Role> openRole,
            java.util.function.Consumer<Destination> open) {
        this(vm, new VBox(18), openRole, open);
    }

    private DashboardView(
            DashboardViewModel vm,
            VBox page,
            java.util.function.Consumer<Role> openRole,
            java.util.function.Consumer<Destination> open) {
        super(Scrolling.page(page), vm.status(), vm::load);
        this.openRole = openRole;
        this.open = open;
        subjectsChart = new RankedBars("subject", "subjects", id -> open.accept(new Destination.Dataset(id)));
        setId("dashboard");
        Label title = new Label("Collection summary");
        title.getStyleClass().add("title-2");
        Label lead = new Label("What the EUCAIM federation holds: cancer imaging datasets from imaging biobanks "
                + "across Europe. Search them in the Catalogue tab.");
        lead.getStyleClass().add("text-muted");
        lead.setWrapText(true);

        headline.setId("headline");
        configureCharts();
        GridPane charts = new GridPane();
        charts.setHgap(16);
        charts.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        charts.getColumnConstraints().addAll(half, half);
        otherPane.setExpanded(false);
        otherPane.setId("other-datasets");
        otherPane.getStyleClass().add("dense");
        VBox subjectsPanel = panel("Subjects per dataset", subjectsChart);
        subjectsPanel.getChildren().add(otherPane);
        charts.add(subjectsPanel, 0, 0, 1, 2);
        charts.add(panel("Studies per imaging modality", modalityChart), 1, 0);
        charts.add(panel("Subjects per body part", bodyPartChart), 1, 1);

        Label rolesTitle = new Label("Take part in EUCAIM");
        rolesTitle.getStyleClass().add("title-3");
        GridPane roles = new GridPane();
        roles.setHgap(16);
        roles.setId("roles");
        for (Role role : Role.values()) {
            ColumnConstraints quarter = new ColumnConstraints();
            quarter.setPercentWidth(100.0 / Role.values().length);
            roles.getColumnConstraints().add(quarter);
            VBox card = roleCard(role);
            GridPane.setFillHeight(card, true);
            roles.add(card, role.ordinal(), 0);
        }
        // Until the first summary arrives there is nothing to draw: empty axes would look like a broken chart.
        headline.visibleProperty().bind(vm.summaryProperty().isNotNull());
        charts.visibleProperty().bind(vm.summaryProperty().isNotNull());
        page.getChildren().addAll(new VBox(4, title, lead), headline, charts, rolesTitle, roles);
        page.setPadding(new Insets(20, 24, 24, 24));
        vm.summaryProperty().addListener((obs, old, summary) -> show(summary));
        show(vm.summaryProperty().get());
    }

    private void configureCharts() {
        subjectsChart.setId("chart-subjects");
        modalityChart.setId("chart-modalities");
        bodyPartChart.setId("chart-bodyparts");
        modalityChart.setLegendVisible(false);
        modalityChart.setAnimated(false);
        modalityChart.setBarGap(2);
        modalityChart.setCategoryGap(6);
        modalityChart.setPrefHeight(220);
        bodyPartChart.setAnimated(false);
        bodyPartChart.setLegendVisible(false);
        bodyPartChart.setLabelsVisible(true);
        bodyPartChart.setPrefHeight(300);
        // The right-hand charts keep their size when the list under the left one is expanded (it made the pie huge).
        bodyPartChart.setMaxHeight(Region.USE_PREF_SIZE);
        modalityChart.setMaxHeight(Region.USE_PREF_SIZE);
        ((NumberAxis) modalityChart.getXAxis()).setLabel("Studies");
    }

    private void show(CatalogueSummary s) {
        if (s == null) {
            return;
        }
        headline.getChildren()
                .setAll(
                        tile(Material2MZ.STORAGE, s.datasets(), "Datasets", "headline-datasets"),
                        tile(Material2MZ.PEOPLE, s.subjects(), "Subjects", "headline-subjects"),
                        tile(Material2AL.IMAGE, s.studies(), "Imaging studies", "headline-studies"),
                        tile(Material2AL.BIOTECH, s.biobanks(), "Imaging biobanks", "headline-biobanks"),
                        tile(Material2MZ.PUBLIC, s.countries(), "Countries", "headline-countries"));

        subjectsChart.show(DashboardViewModel.barDatasets(s));
        showOthers(DashboardViewModel.listedDatasets(s));
        bars(
                modalityChart,
                s.studiesByModality(),
                "study",
                "studies",
                key -> new Destination.CatalogueFilter(CatalogueFacet.MODALITY, key));

        bodyPartChart.getData().clear();
        for (LabelledCount c : s.subjectsByBodyPart()) {
            PieChart.Data d = new PieChart.Data(c.label(), c.count());
            bodyPartChart.getData().add(d);
            Tooltips.onSlice(d, c.label() + ": " + Formats.count(c.count(), "subject", "subjects"));
            clickable(d.nodeProperty(), new Destination.CatalogueFilter(CatalogueFacet.BODY_PART, c.key()));
        }
    }

    /** Horizontal bars, largest on top (a category axis draws its first category at the bottom, so reverse). */
    private void bars(
            BarChart<Number, String> chart,
            List<LabelledCount> counts,
            String one,
            String many,
            java.util.function.Function<String, Destination> destination) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (int i = counts.size() - 1; i >= 0; i--) {
            LabelledCount c = counts.get(i);
            XYChart.Data<Number, String> d = new XYChart.Data<>(c.count(), c.label());
            series.getData().add(d);
            Tooltips.onBar(d, c.label() + "\n" + Formats.count(c.count(), one, many));
            clickable(d.nodeProperty(), destination.apply(c.key()));
        }
        chart.getData().setAll(List.of(series));
        Axes.fitCounts(
                (NumberAxis) chart.getXAxis(),
                counts.stream().mapToLong(LabelledCount::count).max().orElse(1),
                5);
    }

    /** A bar or slice opens what it stands for; its node comes when the chart lays it out. */
    private void clickable(javafx.beans.value.ObservableValue<javafx.scene.Node> node, Destination to) {
        java.util.function.Consumer<javafx.scene.Node> wire = n -> {
            n.setCursor(javafx.scene.Cursor.HAND);
            n.getStyleClass().add("chart-link");
            n.setOnMouseClicked(e -> open.accept(to));
        };
        if (node.getValue() != null) {
            wire.accept(node.getValue());
        }
        node.addListener((o, a, n) -> {
            if (n != null) {
                wire.accept(n);
            }
        });
    }

    /** The datasets after the top bars, as a readable list under the chart rather than bars too small to see. */
    private void showOthers(List<LabelledCount> rest) {
        otherPane.setVisible(!rest.isEmpty());
        otherPane.setManaged(!rest.isEmpty());
        long sum = rest.stream().mapToLong(LabelledCount::count).sum();
        otherPane.setText(rest.size() + " more datasets · " + Formats.count(sum, "subject", "subjects"));
        otherDatasets
                .getChildren()
                .setAll(rest.stream()
                        .map(c -> {
                            Label row = new Label(c.label() + " — " + Formats.count(c.count(), "subject", "subjects"));
                            row.setWrapText(true);
                            return row;
                        })
                        .toList());
    }

    private static VBox tile(Ikon icon, long value, String caption, String id) {
        Label number = new Label(Formats.count(value), Icons.of(icon, 22));
        number.getStyleClass().addAll("title-1", "headline-number");
        number.setId(id);
        Label text = new Label(caption);
        text.getStyleClass().add("text-muted");
        VBox tile = new VBox(2, number, text);
        tile.getStyleClass().add("stat-tile");
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    private static VBox panel(String title, javafx.scene.Node chart) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        VBox box = new VBox(6, heading, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.getStyleClass().add("panel");
        return box;
    }

    private VBox roleCard(Role role) {
        Label title = new Label("Become a " + role.title(), Icons.of(role.icon(), 20));
        title.getStyleClass().add("title-4");
        title.setWrapText(true); // four cards in a row at 1024 px: the title takes two lines rather than "…"
        Label text = new Label(role.text());
        text.setWrapText(true);
        javafx.scene.control.Hyperlink more = new javafx.scene.control.Hyperlink("How to become a " + role.title());
        more.setId("role-" + role.name());
        more.setWrapText(true);
        more.setOnAction(e -> openRole.accept(role));
        javafx.scene.layout.Region fill = new javafx.scene.layout.Region();
        VBox.setVgrow(fill, Priority.ALWAYS);
        VBox card = new VBox(8, title, text, fill, more);
        card.getStyleClass().add("role-card");
        card.setMaxHeight(Double.MAX_VALUE);
        card.setAlignment(Pos.TOP_LEFT);
        return card;
    }
}
