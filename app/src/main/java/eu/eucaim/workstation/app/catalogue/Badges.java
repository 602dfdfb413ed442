package eu.eucaim.workstation.app.catalogue;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.Dataset;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/** Small coloured labels for access conditions and the observational-study marker, same in list and detail. */
final class Badges {
    private Badges() {}

    /** {@code condition} as one of the dataset's {@code all}: "… only" when it is the only one. */
    static Label access(AccessCondition condition, java.util.List<AccessCondition> all) {
        Label badge = new Label(condition.labelAmong(all));
        badge.setWrapText(true); // a narrow detail column: two lines rather than "…"
        badge.setMinHeight(Label.USE_PREF_SIZE);
        badge.getStyleClass().addAll("badge", "access-" + condition.name().toLowerCase(java.util.Locale.ROOT));
        badge.setTooltip(new Tooltip(condition.explanationAmong(all)));
        return badge;
    }

    static Label observational() {
        Label badge = new Label("Request for new data");
        badge.getStyleClass().addAll("badge", "badge-observational");
        badge.setTooltip(new Tooltip(DatasetText.OBSERVATIONAL));
        return badge;
    }

    static FlowPane of(Dataset d) {
        FlowPane row = new FlowPane(6, 4);
        if (d.observationalStudy()) {
            row.getChildren().add(observational());
        }
        if (d.accessConditions() != null) {
            d.accessConditions().forEach(c -> row.getChildren().add(access(c, d.accessConditions())));
        }
        return row;
    }
}
