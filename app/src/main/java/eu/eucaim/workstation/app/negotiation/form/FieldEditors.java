package eu.eucaim.workstation.app.negotiation.form;

import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Shown;
import eu.eucaim.workstation.app.tab.Dialogs;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The control that edits one form element, by its type, bound both ways to its {@link FormField}. */
final class FieldEditors {
    private FieldEditors() {}

    /** The editor; its id is {@code field-<section>-<element>} (the node that takes focus). */
    static Node editor(FormField f, AccessFormViewModel vm, Dialogs dialogs) {
        Node node = switch (f.type()) {
            case "TEXT_LARGE" -> textArea(f);
            case "DATE" -> date(f);
            case "BOOLEAN" -> yesNo(f);
            case "SINGLE_CHOICE" -> single(f);
            case "MULTIPLE_CHOICE" -> multiple(f);
            case "FILE" -> file(f, vm, dialogs);
            case "INFORMATION" -> new Label();
            default -> textField(f);
        };
        node.setId(id(f));
        return node;
    }

    static String id(FormField f) {
        return "field-" + f.section().name() + "-" + f.element().name();
    }

    private static Node textField(FormField f) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(f.textProperty());
        t.setPromptText("NUMBER".equals(f.type()) ? "A number" : null);
        t.setMaxWidth("NUMBER".equals(f.type()) ? 160 : 560);
        return t;
    }

    private static Node textArea(FormField f) {
        TextArea t = new TextArea();
        t.textProperty().bindBidirectional(f.textProperty());
        t.setWrapText(true);
        t.setPrefRowCount(6);
        t.setMaxWidth(720);
        return t;
    }

    private static Node date(FormField f) {
        DatePicker picker = new DatePicker(parse(f.textProperty().get()));
        picker.setPromptText("YYYY-MM-DD");
        picker.valueProperty().addListener((o, a, d) -> {
            if (d != null && !d.toString().equals(f.textProperty().get())) {
                f.textProperty().set(d.toString());
            }
        });
        f.textProperty().addListener((o, a, text) -> {
            LocalDate d = parse(text);
            if (d != null && !d.equals(picker.getValue())) {
                picker.setValue(d);
            }
        });
        return picker;
    }

    private static LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Node yesNo(FormField f) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(16);
        for (String answer : new String[] {"Yes", "No"}) {
            RadioButton r = new RadioButton(answer);
            r.setToggleGroup(group);
            r.setUserData(answer);
            r.setSelected(answer.equals(f.textProperty().get()));
            box.getChildren().add(r);
        }
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                f.textProperty().set((String) t.getUserData());
            }
        });
        f.textProperty()
                .addListener((o, a, text) -> group.getToggles()
                        .forEach(t -> t.setSelected(t.getUserData().equals(text))));
        return box;
    }

    private static Node single(FormField f) {
        ComboBox<String> combo = new ComboBox<>(f.options());
        combo.setPromptText("Choose…");
        combo.valueProperty().bindBidirectional(f.textProperty());
        combo.setMaxWidth(560);
        return combo;
    }

    private static Node multiple(FormField f) {
        VBox box = new VBox(4);
        for (String option : f.options()) {
            CheckBox c = new CheckBox(option);
            c.setWrapText(true);
            c.setSelected(f.chosen().contains(option));
            c.selectedProperty().addListener((o, was, on) -> {
                if (on && !f.chosen().contains(option)) {
                    f.chosen().add(option);
                } else if (!on) {
                    f.chosen().remove(option);
                }
            });
            f.chosen().addListener((ListChangeListener<String>)
                    ch -> c.setSelected(f.chosen().contains(option)));
            box.getChildren().add(c);
        }
        return box;
    }

    private static Node file(FormField f, AccessFormViewModel vm, Dialogs dialogs) {
        Button choose = new Button("Choose file…", Icons.of(Material2AL.ATTACH_FILE));
        choose.getStyleClass().add("choose-file");
        choose.disableProperty().bind(f.uploadingProperty());
        choose.setOnAction(e -> dialogs.chooseFileToOpen("Attach " + f.label(), Documents.DOCUMENTS)
                .ifPresent(path -> vm.upload(f, path)));
        Label current = new Label();
        current.getStyleClass().add("attached-file");
        current.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> f.fileProperty().get() == null
                                ? "No file yet"
                                : f.fileProperty().get().name() + " · "
                                        + Formats.bytes(f.fileProperty().get().size()),
                        f.fileProperty()));
        Button remove = new Button(null, Icons.of(Material2AL.DELETE));
        remove.getStyleClass().add("flat");
        remove.setAccessibleText("Remove the file");
        remove.visibleProperty().bind(f.fileProperty().isNotNull());
        remove.setOnAction(e -> vm.removeFile(f));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Shown.when(spinner, f.uploadingProperty());
        Label failed = new Label();
        failed.getStyleClass().addAll("upload-error", "danger");
        failed.setWrapText(true);
        failed.textProperty().bind(f.uploadErrorProperty());
        Button retry = new Button("Retry", Icons.of(Material2MZ.REFRESH));
        retry.getStyleClass().add("retry-upload");
        retry.setOnAction(e -> vm.retryUpload(f));
        HBox failure = new HBox(8, failed, retry);
        failure.setAlignment(Pos.CENTER_LEFT);
        Shown.when(failure, f.uploadErrorProperty().isNotNull());
        HBox row = new HBox(8, choose, current, remove, spinner);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, failure);
    }
}
