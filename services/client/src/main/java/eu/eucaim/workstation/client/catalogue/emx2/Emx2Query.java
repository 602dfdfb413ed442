package eu.eucaim.workstation.client.catalogue.emx2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One table query of EMX2's GraphQL API, written character for character as molgenis-emx2's own query builder
 * writes it (QueryEMX2, {@code apps/molgenis-components/src/queryEmx2/queryEmx2.ts}, which the Directory app uses):
 * the same modifier order ({@code search}, {@code limit}, {@code offset}, {@code orderby}, {@code filter}), the same
 * {@code _and}/{@code _or} nesting, spacing and indentation, so that the text can be checked against that builder's
 * spec. Only filters on the root table are built. Two differences: values are escaped as GraphQL strings (QueryEMX2
 * pastes them between quotes as they are), and a query may carry an alias, so that several can share one request
 * ({@link #document}).
 */
final class Emx2Query {
    private final String table;
    private String alias;
    private final List<String> selection = new ArrayList<>();
    private final List<String> and = new ArrayList<>();
    private final List<String> or = new ArrayList<>();
    private String search = "";
    private Integer limit;
    private Integer offset;
    private String orderColumn;
    private String orderDirection;
    private String type = "_and";
    private String column = "";

    private Emx2Query(String table) {
        this.table = table;
    }

    /** A query of the table (or aggregate field, {@code Collections_agg}) with GraphQL id {@code table}. */
    static Emx2Query table(String table) {
        return new Emx2Query(table);
    }

    /** The name the field's result comes under, instead of the field's own. */
    Emx2Query as(String name) {
        this.alias = name;
        return this;
    }

    /** Columns to select; a dotted path ({@code hasImageModality.name}) selects a field of a referenced row. */
    Emx2Query select(String... columns) {
        selection.addAll(List.of(columns));
        return this;
    }

    /** The next condition is one of the conditions that must all hold. */
    Emx2Query where(String columnPath) {
        type = "_and";
        column = camel(columnPath);
        return this;
    }

    /** The next condition is one of the alternatives (QueryEMX2 wraps each alternative group in {@code _or}). */
    Emx2Query orWhere(String columnPath) {
        type = "_or";
        column = camel(columnPath);
        return this;
    }

    /** QueryEMX2's {@code equals(value)} (named so as not to be {@link Object#equals}). */
    Emx2Query is(Object value) {
        return condition("equals", List.of(value));
    }

    /** Any of {@code values}: in an {@code orWhere} one {@code equals: [..]} list, else one condition each. */
    Emx2Query in(List<?> values) {
        return condition("equals", values);
    }

    Emx2Query like(Object value) {
        return condition("like", value instanceof List<?> l ? l : List.of(value));
    }

    /** EMX2's full-text {@code search} argument of the root table. */
    Emx2Query find(String text) {
        this.search = text == null ? "" : text;
        return this;
    }

    Emx2Query limit(int rows) {
        this.limit = rows;
        return this;
    }

    Emx2Query offset(int rows) {
        this.offset = rows;
        return this;
    }

    /** {@code direction} as QueryEMX2 takes it ({@code "asc"}), written upper case. */
    Emx2Query orderBy(String columnId, String direction) {
        this.orderColumn = columnId;
        this.orderDirection = direction.toUpperCase(java.util.Locale.ROOT);
        return this;
    }

    /** The whole request text for this query alone: exactly QueryEMX2's {@code getQuery()}. */
    String text() {
        return document(List.of(this));
    }

    /** One request holding several queries, each written as {@link #text()} writes it. */
    static String document(List<Emx2Query> queries) {
        return "{\n" + queries.stream().map(Emx2Query::field).collect(Collectors.joining()) + "}";
    }

    private String field() {
        String name = alias == null ? table : alias + ": " + table;
        String result = name + modifiers() + " {\n";
        result = output(branches(), 1, result);
        return result + "  }\n";
    }

    private Emx2Query condition(String operator, List<?> values) {
        List<String> path = new ArrayList<>(List.of(column.split("\\.")));
        java.util.Collections.reverse(path);
        List<String> target = type.equals("_or") ? or : and;
        if (type.equals("_or") && operator.equals("equals")) {
            String filter = "{ " + operator + ": ["
                    + values.stream().map(Emx2Query::value).collect(Collectors.joining(",")) + "] }";
            target.add(nest(path, filter));
        } else {
            for (Object v : values) {
                target.add(nest(path, "{ " + operator + ": " + value(v) + " }"));
            }
        }
        column = "";
        return this;
    }

    private static String nest(List<String> reversedPath, String filter) {
        for (String part : reversedPath) {
            filter = "{ " + part + ": " + filter + " }";
        }
        return filter;
    }

    private String modifiers() {
        List<String> parts = new ArrayList<>();
        if (!search.isEmpty()) {
            parts.add("search: " + value(search));
        }
        // QueryEMX2 leaves out a limit or offset of 0 (a falsy number).
        if (limit != null && limit != 0) {
            parts.add("limit: " + limit);
        }
        if (offset != null && offset != 0) {
            parts.add("offset: " + offset);
        }
        if (orderColumn != null) {
            parts.add("orderby: { " + orderColumn + ": " + orderDirection + " }");
        }
        String filter = filterString();
        if (!filter.isEmpty()) {
            parts.add("filter: { " + filter + " }");
        }
        return parts.isEmpty() ? "" : "(" + String.join(", ", parts) + ")";
    }

    private String filterString() {
        if (and.size() + or.size() > 1) {
            StringBuilder inner = new StringBuilder();
            for (String f : and) {
                if (inner.length() > 0) {
                    inner.append(", ");
                }
                inner.append("{ _and: [ ").append(f).append(" ] }");
            }
            if (!or.isEmpty() && inner.length() > 0) {
                inner.append(", ");
            }
            for (String f : or) {
                if (inner.length() > 0 && !inner.toString().endsWith(", ")) {
                    inner.append(", ");
                }
                inner.append("{ _or: [ ").append(f).append(" ] }");
            }
            return "_and: [ " + inner + " ]";
        }
        if (and.size() == 1) {
            return "_and: [ " + and.get(0) + " ]";
        }
        if (or.size() == 1) {
            return "_or: [ " + or.get(0) + " ]";
        }
        return "";
    }

    /** The selection as a tree: a node's own columns first, then its referenced tables, in the order given. */
    private static final class Branch {
        final Set<String> properties = new LinkedHashSet<>();
        final Map<String, Branch> branches = new LinkedHashMap<>();
    }

    private Branch branches() {
        Branch root = new Branch();
        // QueryEMX2 selects id and name when nothing is selected.
        for (String property : selection.isEmpty() ? List.of("id", "name") : selection) {
            String[] parts = property.split("\\.");
            Branch current = root;
            for (int i = 0; i < parts.length - 1; i++) {
                current = current.branches.computeIfAbsent(camel(parts[i].strip()), k -> new Branch());
            }
            current.properties.add(camel(parts[parts.length - 1].strip()));
        }
        return root;
    }

    private static String output(Branch branch, int level, String result) {
        String indentation = "    ".repeat(level);
        if (!branch.properties.isEmpty()) {
            StringBuilder b = new StringBuilder(result);
            branch.properties.forEach(p -> b.append(indentation).append(p).append(",\n"));
            result = b.substring(0, b.length() - 2) + "\n";
        }
        for (Map.Entry<String, Branch> e : branch.branches.entrySet()) {
            result = result.substring(0, result.length() - 1) + ",\n";
            result += indentation + e.getKey() + " {\n";
            result = output(e.getValue(), level + 1, result);
            result += indentation + "}\n";
        }
        return result;
    }

    /** QueryEMX2 lower-cases the first letter of every column: EMX2 column ids start lower case. */
    private static String camel(String value) {
        return value.isEmpty() ? value : Character.toLowerCase(value.charAt(0)) + value.substring(1);
    }

    /** A GraphQL value as QueryEMX2 writes it: booleans bare, everything else a string, here escaped. */
    private static String value(Object v) {
        if (v instanceof Boolean) {
            return v.toString();
        }
        String s = String.valueOf(v);
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
