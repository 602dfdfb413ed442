package eu.eucaim.workstation.node.negotiator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.node.http.ApiException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a negotiation's payload may hold: {@code {section: {element: value}}} of the request's form only (anything
 * else is refused at once, naming it), and at SUBMIT every required field filled and no text over its word limit
 * (400 naming each field; upstream checks neither).
 */
final class PayloadRules {
    private PayloadRules() {}

    /** Checks the payload's sections and elements are the form's; returns it as stored (JSON text). */
    static String checkShape(JsonNode payload, AccessForms.Form form) {
        if (payload == null || payload.isNull()) {
            return "{}";
        }
        if (!payload.isObject()) {
            throw ApiException.badRequest("The payload is an object {section: {element: value}}, not " + payload);
        }
        List<AccessForms.Element> elements = AccessForms.elements(form);
        Iterator<Map.Entry<String, JsonNode>> sections = payload.fields();
        while (sections.hasNext()) {
            Map.Entry<String, JsonNode> section = sections.next();
            if (elements.stream().noneMatch(e -> e.section().equals(section.getKey()))) {
                throw ApiException.badRequest(
                        "The payload has a section '" + section.getKey() + "' that the access form does not have");
            }
            if (!section.getValue().isObject()) {
                throw ApiException.badRequest(
                        "The payload's section '" + section.getKey() + "' is an object {element: value}");
            }
            section.getValue().fieldNames().forEachRemaining(name -> {
                if (elements.stream()
                        .noneMatch(e ->
                                e.section().equals(section.getKey()) && e.name().equals(name))) {
                    throw ApiException.badRequest("The payload's section '" + section.getKey() + "' has an element '"
                            + name + "' that the access form does not have");
                }
            });
        }
        return payload.toString();
    }

    /** At SUBMIT: every required field filled, every choice one of its values, no text over its word limit. */
    static void requireComplete(JsonNode payload, AccessForms.Form form, AccessForms forms) {
        List<String> problems = new ArrayList<>();
        for (AccessForms.Section s : form.sections()) {
            for (AccessForms.ElementDef e : s.elements()) {
                JsonNode value = payload.path(s.name()).path(e.name());
                String where = s.label() + " › " + e.label();
                if (empty(value)) {
                    if (e.required()) {
                        problems.add(where + ": required");
                    }
                    continue;
                }
                if (e.maxWords() != null && value.isTextual() && words(value.asText()) > e.maxWords()) {
                    problems.add(where + ": " + words(value.asText()) + " words, at most " + e.maxWords());
                }
                List<String> allowed = forms.values(e.valueSet());
                if (!allowed.isEmpty()) {
                    for (JsonNode v : value.isArray() ? value : List.of(value)) {
                        if (!allowed.contains(v.asText())) {
                            problems.add(where + ": '" + v.asText() + "' is not one of " + allowed);
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The access form is not complete: " + String.join("; ", problems));
        }
    }

    /** Words as a word processor counts them: runs of non-space characters holding a letter or a digit. */
    static int words(String text) {
        int count = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    private static boolean empty(JsonNode value) {
        return value.isMissingNode()
                || value.isNull()
                || (value.isTextual() && value.asText().isBlank())
                || (value.isArray() && value.isEmpty())
                || (value.isObject() && value.isEmpty());
    }

    static JsonNode parse(String stored) {
        try {
            return Json.mapper().readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
