package eu.eucaim.workstation.node.emx2;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EMX2's server-side fragments (molgenis-emx2 {@code GraphqlTableFragmentGenerator}, {@code GraphqlExecutor}): a query
 * that spreads {@code ...CollectionsAllFields} (or {@code AllFields1..3}) gets the fragment prepended: every stored
 * column, a reference expanded to the given depth and then to its key only.
 */
final class Fragments {
    private static final Pattern USE = Pattern.compile("\\.\\.\\.\\s*([A-Za-z_][A-Za-z0-9_]*AllFields[0-9]?)");
    private final Map<String, String> byName = new LinkedHashMap<>();

    Fragments(Emx2Model model) {
        for (Emx2Table t : model.tables()) {
            for (int depth = 1; depth <= 3; depth++) {
                byName.put(t.id() + "AllFields" + depth, fragment(model, t, depth, t.id() + "AllFields" + depth));
            }
            byName.put(t.id() + "AllFields", fragment(model, t, 1, t.id() + "AllFields"));
        }
    }

    /** The query with the fragments it spreads prepended; an unknown one is EMX2's error. */
    String expand(String query) {
        if (!query.contains("...")) {
            return query;
        }
        Set<String> used = new LinkedHashSet<>();
        Matcher m = USE.matcher(query);
        while (m.find()) {
            if (!byName.containsKey(m.group(1))) {
                throw new Emx2QueryException("Graphql fragment not found: " + m.group(1));
            }
            used.add(m.group(1));
        }
        StringBuilder out = new StringBuilder();
        used.forEach(name -> out.append(byName.get(name)).append('\n'));
        return out.append(query).toString();
    }

    private static String fragment(Emx2Model model, Emx2Table t, int depth, String name) {
        return "fragment " + name + " on " + t.id() + " " + selection(model, t, depth);
    }

    private static String selection(Emx2Model model, Emx2Table t, int depth) {
        StringBuilder s = new StringBuilder("{");
        for (Emx2Column c : t.columns()) {
            if (depth == 0 && c.key() != 1 || c.type() == ColumnType.REFBACK) {
                continue;
            }
            s.append(' ').append(c.id());
            if (c.type().isReference()) {
                s.append(' ').append(selection(model, model.table(c.refTable()), Math.max(0, depth - 1)));
            }
        }
        return s.append(" }").toString();
    }
}
