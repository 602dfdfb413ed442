package eu.eucaim.workstation.app.dashboard;

import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.LabelledCount;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Scrolling;
import eu.eucaim.workstation.app.fx.StatusOverlay;
import eu.eucaim.workstation.app.fx.Tooltips;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Dashboard tab: headline numbers, three charts and the "Become a …" cards. Draws what the view-model has. */
public final class DashboardView extends StatusOverlay {
    private final HBox headline = new HBox(12);
    private final BarChart<Number, String> subjectsChart = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final BarChart<String, Number> modalityChart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final PieChart bodyPartChart = new PieChart();

    public DashboardView(DashboardViewModel vm) {
        this(vm, new VBox(18));
    }

    private DashboardView(DashboardViewModel vm, VBox page) {
        super(Scrolling.page(page), vm.status(), vm::load);
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
        charts.add(panel("Subjects per dataset", subjectsChart), 0, 0, 1, 2);
        charts.add(panel("Studies per imaging modality", modalityChart), 1, 0);
        charts.add(panel("Subjects per body part", bodyPartChart), 1, 1);

        Label rolesTitle = new Label("Take part in EUCAIM");
        rolesTitle.getStyleClass().add("title-3");
        TilePane roles = new TilePane(16, 16);
        roles.setPrefColumns(4);
        roles.setId("roles");
        for (Role role : Role.values()) {
            roles.getChildren().add(roleCard(role));
        }
        page.getChildren().addAll(new VBox(4, title, lead), headline, charts, rolesTitle, roles);
        page.setPadding(new Insets(20, 24, 24, 24));
        vm.summaryProperty().addListener((obs, old, summary) -> show(summary));
        show(vm.summaryProperty().get());
    }


    private void configureCharts() {
        subjectsChart.setId("chart-subjects");
        modalityChart.setId("chart-modalities");
        bodyPartChart.setId("chart-bodyparts");
        for (BarChart<?, ?> chart : List.of(subjectsChart, modalityChart)) {
            chart.setLegendVisible(false);
            chart.setAnimated(false);
            chart.setBarGap(2);
        }
        subjectsChart.setCategoryGap(4);
        subjectsChart.setMinHeight(560);
        modalityChart.setCategoryGap(18);
        modalityChart.setPrefHeight(270);
        bodyPartChart.setAnimated(false);
        bodyPartChart.setLegendVisible(true);
        bodyPartChart.setLabelsVisible(true);
        bodyPartChart.setPrefHeight(270);
        ((NumberAxis) subjectsChart.getXAxis()).setLabel("Subjects");
        ((NumberAxis) modalityChart.getYAxis()).setLabel("Studies");
    }

    private void show(CatalogueSummary s) {
        if (s == null) {
            return;
        }
        headline.getChildren().setAll(
                tile(Material2MZ.STORAGE, s.datasets(), "Datasets", "headline-datasets"),
                tile(Material2MZ.PEOPLE, s.subjects(), "Subjects", "headline-subjects"),
                tile(Material2AL.IMAGE, s.studies(), "Imaging studies", "headline-studies"),
                tile(Material2AL.BIOTECH, s.biobanks(), "Imaging biobanks", "headline-biobanks"),
                tile(Material2MZ.PUBLIC, s.countries(), "Countries", "headline-countries"));

        XYChart.Series<Number, String> subjects = new XYChart.Series<>();
        // A horizontal category axis draws its first category at the bottom; reverse so the largest is on top.
        List<LabelledCount> bars = DashboardViewModel.topWithRest(s.subjectsByDataset(), DashboardViewModel.TOP_DATASETS);
        for (int i = bars.size() - 1; i >= 0; i--) {
            LabelledCount c = bars.get(i);
            XYChart.Data<Number, String> d = new XYChart.Data<>(c.count(), shorten(c.label()));
            subjects.getData().add(d);
            Tooltips.onBar(d, c.label() + "\n" + Formats.count(c.count(), "subject", "subjects"));
        }
        subjectsChart.getData().setAll(List.of(subjects));

        XYChart.Series<String, Number> modalities = new XYChart.Series<>();
        for (LabelledCount c : s.studiesByModality()) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(c.label(), c.count());
            modalities.getData().add(d);
            Tooltips.onBar(d, c.label() + ": " + Formats.count(c.count(), "study", "studies"));
        }
        modalityChart.getData().setAll(List.of(modalities));

        bodyPartChart.getData().clear();
        for (LabelledCount c : s.subjectsByBodyPart()) {
            PieChart.Data d = new PieChart.Data(c.label(), c.count());
            bodyPartChart.getData().add(d);
            Tooltips.onSlice(d, c.label() + ": " + Formats.count(c.count(), "subject", "subjects"));
        }
    }

    /** Dataset titles can be long; the axis shows the start, the tooltip the whole title. */
    private static String shorten(String label) {
        return label.length() <= 38 ? label : label.substring(0, 36).strip() + "…";
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

    private static VBox roleCard(Role role) {
        Label title = new Label("Become a " + role.title());
        title.getStyleClass().add("title-4");
        Label text = new Label(role.text());
        text.setWrapText(true);
        VBox card = new VBox(8, title, text);
        card.getStyleClass().add("role-card");
        card.setPrefWidth(300);
        card.setAlignment(Pos.TOP_LEFT);
        return card;
    }
}
