package eu.eucaim.workstation.app.negotiation.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.negotiation.AccessForm;
import eu.eucaim.workstation.api.negotiation.FormElement;
import eu.eucaim.workstation.api.negotiation.FormSection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A negotiation's answers as a person reads them: per section of the access form, each element's label with its
 * value in words. An unanswered element (or a whole section the payload lacks) reads "—"; answers the form does not
 * describe (a form changed since) are kept under their raw names rather than dropped.
 */
final class Answers {
    static final String NONE = "—";

    /** One element's label and its value in words. */
    record Answer(String label, String value) {}

    /** One section of the form: its title and its answers. */
    record Section(String title, List<Answer> answers) {}

    private Answers() {}

    static List<Section> of(AccessForm form, JsonNode payload) {
        List<Section> sections = new ArrayList<>();
        Set<String> described = new LinkedHashSet<>();
        List<FormSection> formSections = form == null || form.sections() == null ? List.of() : form.sections();
        for (FormSection section : formSections) {
            described.add(section.name());
            JsonNode values = field(payload, section.name());
            List<Answer> answers = new ArrayList<>();
            Set<String> elementNames = new LinkedHashSet<>();
            for (FormElement element : section.elements() == null ? List.<FormElement>of() : section.elements()) {
                if ("INFORMATION".equals(element.type())) {
                    continue; // a text to read on the form, never answered
                }
                elementNames.add(element.name());
                answers.add(new Answer(words(element.label(), element.name()), value(field(values, element.name()))));
            }
            answers.addAll(undescribed(values, elementNames));
            sections.add(new Section(words(section.label(), section.name()), answers));
        }
        if (payload != null && payload.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!described.contains(entry.getKey())) {
                    List<Answer> answers = entry.getValue().isObject()
                            ? undescribed(entry.getValue(), Set.of())
                            : List.of(new Answer(entry.getKey(), value(entry.getValue())));
                    sections.add(new Section(entry.getKey(), answers));
                }
            }
        }
        return sections;
    }

    /** The value of a payload field in words: FILE its name, type and size; a choice list joined; Yes/No. */
    static String value(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return NONE;
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> {
                String part = value(v);
                if (!NONE.equals(part)) {
                    parts.add(part);
                }
            });
            return parts.isEmpty() ? NONE : String.join(", ", parts);
        }
        if (value.isObject()) {
            JsonNode name = value.get("name");
            return name != null && name.isTextual() ? file(value, name.asText()) : value.toString();
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "Yes" : "No";
        }
        String text = value.asText();
        return text.isBlank() ? NONE : text;
    }

    private static String file(JsonNode value, String name) {
        List<String> about = new ArrayList<>();
        JsonNode type = value.get("contentType");
        if (type != null && type.isTextual()) {
            about.add(type.asText());
        }
        JsonNode size = value.get("size");
        if (size != null && size.isNumber()) {
            about.add(eu.eucaim.workstation.app.fx.Formats.bytes(size.asLong()));
        }
        return about.isEmpty() ? name : name + " (" + String.join(", ", about) + ")";
    }

    private static List<Answer> undescribed(JsonNode values, Set<String> described) {
        List<Answer> answers = new ArrayList<>();
        if (values != null && values.isObject()) {
            values.fields().forEachRemaining(e -> {
                if (!described.contains(e.getKey())) {
                    answers.add(new Answer(e.getKey(), value(e.getValue())));
                }
            });
        }
        return answers;
    }

    private static JsonNode field(JsonNode node, String name) {
        return node != null && node.isObject() && name != null ? node.get(name) : null;
    }

    private static String words(String label, String name) {
        return label != null && !label.isBlank() ? label : name;
    }
}
