package eu.eucaim.workstation.dicom.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where pydicom is the reference, both sides are brought to a common shape first, for the three things
 * in which pydicom's JSON differs from dcm2json's by choice (and we follow dcm2json): pydicom keeps group
 * lengths; it keeps person names that are only '^' separators; and it types private tags with its own
 * private dictionary, where we (like dcmtk) use dcmtk's. So: group lengths and private elements are
 * dropped, and PN values are compared without trailing empty components.
 */
final class PydicomShape {

    private PydicomShape() {}

    static JsonNode normalize(JsonNode dataset) {
        ObjectNode out = dataset.deepCopy();
        List<String> drop = new ArrayList<>();
        out.fieldNames().forEachRemaining(k -> {
            int group = Integer.parseInt(k.substring(0, 4), 16);
            if (k.endsWith("0000") || (group & 1) == 1) {
                drop.add(k);
            }
        });
        out.remove(drop);
        out.fields().forEachRemaining(e -> {
            ObjectNode el = (ObjectNode) e.getValue();
            JsonNode value = el.get("Value");
            if (value == null) {
                return;
            }
            if ("SQ".equals(el.path("vr").asText())) {
                ArrayNode items = el.putArray("Value");
                value.forEach(item -> items.add(normalize(item)));
            } else if ("PN".equals(el.path("vr").asText())) {
                boolean allEmpty = true;
                for (JsonNode pn : value) {
                    if (pn.isObject()) {
                        ObjectNode o = (ObjectNode) pn;
                        List<String> empty = new ArrayList<>();
                        o.fields().forEachRemaining(g -> {
                            String t = g.getValue().asText().replaceAll("[\\^ ]+$", "");
                            o.put(g.getKey(), t);
                            if (t.isEmpty()) {
                                empty.add(g.getKey());
                            }
                        });
                        o.remove(empty);
                        allEmpty &= o.isEmpty();
                    } else {
                        allEmpty &= pn.isNull();
                    }
                }
                if (allEmpty) {
                    el.remove("Value");
                }
            }
        });
        return out;
    }
}
