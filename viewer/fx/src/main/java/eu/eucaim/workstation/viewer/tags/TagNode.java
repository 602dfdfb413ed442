package eu.eucaim.workstation.viewer.tags;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.Value;
import eu.eucaim.workstation.dicom.dict.TagNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of the tag browser: an element (tag, keyword, VR, value text) or a sequence item, with its children.
 * Built from a data set; {@link #filter} keeps the rows matching a search and the rows leading to them.
 */
public record TagNode(String tag, String keyword, String vr, String value, List<TagNode> children) {
    /** Longer values are cut for display (the full value is in the file). */
    static final int MAX_VALUE = 200;

    public static List<TagNode> of(Dataset ds) {
        List<TagNode> out = new ArrayList<>();
        for (Element e : ds.elements()) {
            out.add(node(ds, e));
        }
        return out;
    }

    private static TagNode node(Dataset ds, Element e) {
        String tag = String.format("(%04X,%04X)", e.tag() >>> 16, e.tag() & 0xFFFF);
        String keyword = TagNames.keyword(ds, e.tag());
        String vr = e.vr().name();
        if (e.value() instanceof Value.Sequence s) {
            List<TagNode> items = new ArrayList<>();
            for (int i = 0; i < s.items().size(); i++) {
                items.add(
                        new TagNode("Item " + (i + 1), "", "", "", of(s.items().get(i))));
            }
            return new TagNode(
                    tag, keyword, vr, s.items().size() + (s.items().size() == 1 ? " item" : " items"), items);
        }
        return new TagNode(tag, keyword, vr, text(ds, e), List.of());
    }

    private static String text(Dataset ds, Element e) {
        Value v = e.value();
        if (v instanceof Value.Bulk b) {
            return "(" + b.ref().length() + " bytes in the file)";
        }
        if (v instanceof Value.Fragments f) {
            return "(" + f.fragments().size() + " compressed fragments)";
        }
        String[] s = ds.getStrings(e.tag());
        if (s.length == 0 && v instanceof Value.Bytes b && b.data().length > 0) {
            return "(" + b.data().length + " bytes)";
        }
        String joined = String.join("\\", s);
        return joined.length() > MAX_VALUE ? joined.substring(0, MAX_VALUE) + "…" : joined;
    }

    /**
     * The rows whose tag, keyword or value contains {@code query} (case-insensitive; "0010,0010", "(0010,0010)" and
     * "00100010" all find Patient Name), with their ancestors; a matching sequence keeps all of its items.
     */
    public static List<TagNode> filter(List<TagNode> nodes, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return nodes;
        }
        List<TagNode> out = new ArrayList<>();
        for (TagNode n : nodes) {
            if (n.matches(q)) {
                out.add(n);
            } else {
                List<TagNode> kids = filter(n.children, q);
                if (!kids.isEmpty()) {
                    out.add(new TagNode(n.tag, n.keyword, n.vr, n.value, kids));
                }
            }
        }
        return out;
    }

    private boolean matches(String q) {
        String bare = tag.replaceAll("[(),]", "").toLowerCase(Locale.ROOT);
        String qBare = q.replaceAll("[(),]", "");
        return (!qBare.isEmpty() && bare.contains(qBare) && tag.startsWith("("))
                || tag.toLowerCase(Locale.ROOT).contains(q)
                || keyword.toLowerCase(Locale.ROOT).contains(q)
                || value.toLowerCase(Locale.ROOT).contains(q);
    }
}
