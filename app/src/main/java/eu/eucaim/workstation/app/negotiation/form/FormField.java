package eu.eucaim.workstation.app.negotiation.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.negotiation.Attachment;
import eu.eucaim.workstation.api.negotiation.FormElement;
import eu.eucaim.workstation.api.negotiation.FormSection;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One element of the access form as the wizard edits it, and its value in the payload encoding the Negotiator's
 * front end uses: text as typed, NUMBER as a string, BOOLEAN "Yes"/"No", MULTIPLE_CHOICE an array, FILE the
 * uploaded attachment's {@code {id, name, contentType, size}}. An empty answer is left out of the payload.
 */
public final class FormField {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FormSection section;
    private final FormElement element;
    private final OptionalInt maxWords;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ObservableList<String> options = FXCollections.observableArrayList();
    private final ObjectProperty<Attachment> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty uploading = new SimpleBooleanProperty(this, "uploading");
    private final StringProperty uploadError = new SimpleStringProperty(this, "uploadError");
    private final ObjectProperty<Path> failedUpload = new SimpleObjectProperty<>(this, "failedUpload");
    private final IntegerBinding words;

    public FormField(FormSection section, FormElement element) {
        this.section = section;
        this.element = element;
        this.maxWords = Words.limitIn(element.description());
        this.words = Bindings.createIntegerBinding(() -> Words.count(text.get()), text);
    }

    public FormSection section() {
        return section;
    }

    public FormElement element() {
        return element;
    }

    public String type() {
        return element.type();
    }

    public String label() {
        return element.label() == null || element.label().isBlank() ? element.name() : element.label();
    }

    /** "Section › Label", how Submit names a field. */
    public String fullName() {
        return (section.label() == null ? section.name() : section.label()) + " › " + label();
    }

    public boolean required() {
        return element.required() && !"INFORMATION".equals(type());
    }

    /** The answer of every type but MULTIPLE_CHOICE and FILE ("Yes"/"No" for BOOLEAN, an ISO date for DATE). */
    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<String> chosen() {
        return chosen;
    }

    /** The value set's values, for the choice types. */
    public ObservableList<String> options() {
        return options;
    }

    public ObjectProperty<Attachment> fileProperty() {
        return file;
    }

    public BooleanProperty uploadingProperty() {
        return uploading;
    }

    /** Why the last upload failed (null when it did not): kept until a retry or another file succeeds. */
    public StringProperty uploadErrorProperty() {
        return uploadError;
    }

    /** The file whose upload failed, so Retry sends it again without choosing it again. */
    public ObjectProperty<Path> failedUploadProperty() {
        return failedUpload;
    }

    public IntegerBinding wordsProperty() {
        return words;
    }

    public OptionalInt maxWords() {
        return maxWords;
    }

    /** "123 / 600 words" for a field with a limit, null otherwise. */
    public String wordCountText() {
        return maxWords.isPresent() ? words.get() + " / " + maxWords.getAsInt() + " words" : null;
    }

    public boolean overLimit() {
        return maxWords.isPresent() && words.get() > maxWords.getAsInt();
    }

    public boolean isEmpty() {
        return switch (type()) {
            case "MULTIPLE_CHOICE" -> chosen.isEmpty();
            case "FILE" -> file.get() == null;
            case "INFORMATION" -> true;
            default -> text.get() == null || text.get().isBlank();
        };
    }

    /** What is wrong with the answer as it stands, or null: missing, over its word limit, not a number or date. */
    public String problem() {
        if (isEmpty()) {
            if ("FILE".equals(type()) && uploadError.get() != null) {
                return "the upload failed (" + uploadError.get() + "); retry it";
            }
            return required() ? "required" : null;
        }
        if (overLimit()) {
            return words.get() + " words, at most " + maxWords.getAsInt();
        }
        String value = text.get() == null ? "" : text.get().strip();
        if ("NUMBER".equals(type()) && !value.matches("[-+]?\\d+([.,]\\d+)?")) {
            return "\"" + value + "\" is not a number";
        }
        if ("DATE".equals(type())) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return "\"" + value + "\" is not a date (YYYY-MM-DD)";
            }
        }
        return null;
    }

    /** The payload value, or null when there is no answer. */
    public JsonNode value() {
        if (isEmpty()) {
            return null;
        }
        return switch (type()) {
            case "MULTIPLE_CHOICE" -> {
                ArrayNode array = NODES.arrayNode();
                chosen.forEach(array::add);
                yield array;
            }
            case "FILE" -> {
                Attachment a = file.get();
                ObjectNode o = NODES.objectNode();
                o.put("id", a.id());
                o.put("name", a.name());
                o.put("contentType", a.contentType());
                o.put("size", a.size());
                yield o;
            }
            case "NUMBER" -> NODES.textNode(text.get().strip().replace(',', '.'));
            default -> NODES.textNode(text.get());
        };
    }

    /** Takes a payload value (from the node or the local draft); a value of another shape is ignored. */
    public void load(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        switch (type()) {
            case "MULTIPLE_CHOICE" -> {
                List<String> values = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(v -> values.add(v.asText()));
                } else if (value.isTextual()) {
                    values.add(value.asText());
                }
                chosen.setAll(values);
            }
            case "FILE" -> {
                if (value.isObject() && value.hasNonNull("id")) {
                    file.set(new Attachment(
                            value.path("id").asText(),
                            null,
                            value.path("name").asText(),
                            value.path("contentType").asText(null),
                            value.path("size").asLong()));
                }
            }
            case "BOOLEAN" -> text.set(value.isBoolean() ? (value.asBoolean() ? "Yes" : "No") : value.asText());
            default -> {
                if (value.isValueNode()) {
                    text.set(value.asText());
                }
            }
        }
    }

    /** Text for the overview: what will be sent, in words. */
    public String display() {
        if (isEmpty()) {
            return "—";
        }
        return switch (type()) {
            case "MULTIPLE_CHOICE" -> String.join("; ", chosen);
            case "FILE" ->
                file.get().name() + " (" + file.get().contentType() + ", "
                        + eu.eucaim.workstation.app.fx.Formats.bytes(file.get().size()) + ")";
            default -> text.get();
        };
    }
}
