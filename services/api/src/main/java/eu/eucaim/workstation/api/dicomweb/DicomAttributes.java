package eu.eucaim.workstation.api.dicomweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One QIDO-RS result: a DICOM JSON object (PS3.18 F.2), keyed by 8-digit upper-case tags, each with {@code vr} and
 * {@code Value} (a Person Name value is an object with {@code Alphabetic}).
 */
public record DicomAttributes(ObjectNode json) {
    public DicomAttributes {
        Objects.requireNonNull(json, "json");
    }

    /** The first value of {@code tag} (e.g. "0020000D") as text, a person name's alphabetic form; empty if none. */
    public Optional<String> string(String tag) {
        JsonNode value = json.path(tag).path("Value");
        if (!value.isArray() || value.isEmpty() || value.get(0).isNull()) {
            return Optional.empty();
        }
        JsonNode first = value.get(0);
        if (first.isObject()) {
            return Optional.ofNullable(first.path("Alphabetic").textValue());
        }
        return Optional.of(first.asText());
    }

    /** Every value of {@code tag} as a number (IS, DS, US...); empty if it has none or one is not a number. */
    public double[] numbers(String tag) {
        JsonNode value = json.path(tag).path("Value");
        if (!value.isArray()) {
            return new double[0];
        }
        double[] out = new double[value.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = value.get(i);
            if (v.isNumber()) {
                out[i] = v.doubleValue();
            } else {
                try { // a server may send a DS or IS value as a string
                    out[i] = Double.parseDouble(v.asText().trim());
                } catch (NumberFormatException e) {
                    return new double[0];
                }
            }
        }
        return out;
    }

    /** Every value of {@code tag} as text ("CT\MR" for ModalitiesInStudy). */
    public String joined(String tag) {
        JsonNode value = json.path(tag).path("Value");
        StringBuilder s = new StringBuilder();
        if (value.isArray()) {
            for (JsonNode v : value) {
                if (s.length() > 0) {
                    s.append('\\');
                }
                s.append(v.isObject() ? v.path("Alphabetic").asText("") : v.asText());
            }
        }
        return s.toString();
    }
}
