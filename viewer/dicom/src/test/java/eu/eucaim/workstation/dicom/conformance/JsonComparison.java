package eu.eucaim.workstation.dicom.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Element-by-element comparison of two DICOM JSON models. Numbers are compared as numbers (dcm2json
 * prints FL with 9 significant digits, we print the shortest exact form), everything else exactly.
 */
final class JsonComparison {

    private final Set<String> ignoredTopLevel;

    JsonComparison(Set<String> ignoredTopLevel) {
        this.ignoredTopLevel = ignoredTopLevel;
    }

    List<String> differences(JsonNode ours, JsonNode ref) {
        List<String> out = new ArrayList<>();
        compareDataset(ours, ref, "", out, true);
        return out;
    }

    private void compareDataset(JsonNode a, JsonNode b, String path, List<String> out, boolean top) {
        Set<String> keys = new TreeSet<>();
        a.fieldNames().forEachRemaining(keys::add);
        b.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            if (top && ignoredTopLevel.contains(k)) {
                continue;
            }
            JsonNode x = a.get(k);
            JsonNode y = b.get(k);
            if (x == null) {
                out.add(path + k + ": missing in ours, reference has " + abbreviate(y));
            } else if (y == null) {
                out.add(path + k + ": only in ours: " + abbreviate(x));
            } else {
                compareElement(x, y, path + k, out);
            }
        }
    }

    private void compareElement(JsonNode x, JsonNode y, String path, List<String> out) {
        String vr = x.path("vr").asText();
        if (!vr.equals(y.path("vr").asText())) {
            out.add(path + ": VR " + vr + " vs reference " + y.path("vr").asText());
            return;
        }
        Set<String> fields = new TreeSet<>();
        x.fieldNames().forEachRemaining(fields::add);
        y.fieldNames().forEachRemaining(fields::add);
        fields.remove("vr");
        for (String f : fields) {
            JsonNode p = x.get(f);
            JsonNode q = y.get(f);
            if (p == null || q == null) {
                out.add(path + ": " + f + " ours " + abbreviate(p) + " vs reference " + abbreviate(q));
            } else if (f.equals("Value") && vr.equals("SQ")) {
                if (p.size() != q.size()) {
                    out.add(path + ": " + p.size() + " items vs reference " + q.size());
                    continue;
                }
                for (int i = 0; i < p.size(); i++) {
                    compareDataset(p.get(i), q.get(i), path + "[" + i + "].", out, false);
                }
            } else if (f.equals("Value") && !sameValues(p, q)) {
                out.add(path + ": " + abbreviate(p) + " vs reference " + abbreviate(q));
            } else if (!f.equals("Value") && !p.equals(q)) {
                out.add(path + ": " + f + " differs: " + abbreviate(p) + " vs reference " + abbreviate(q));
            }
        }
    }

    private static boolean sameValues(JsonNode p, JsonNode q) {
        if (p.size() != q.size()) {
            return false;
        }
        Iterator<JsonNode> i = p.elements();
        Iterator<JsonNode> j = q.elements();
        while (i.hasNext()) {
            JsonNode a = i.next();
            JsonNode b = j.next();
            if (a.isNumber() && b.isNumber()) {
                double u = a.asDouble();
                double v = b.asDouble();
                if (u != v && (float) u != (float) v && Math.abs(u - v) > 1e-6 * Math.max(Math.abs(u), Math.abs(v))) {
                    return false;
                }
            } else if (!a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(JsonNode n) {
        String s = String.valueOf(n);
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }
}
