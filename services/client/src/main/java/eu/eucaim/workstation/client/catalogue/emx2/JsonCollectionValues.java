package eu.eucaim.workstation.client.catalogue.emx2;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.client.catalogue.emx2.Emx2Schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One row of a GraphQL {@code Collections} reply, selected by {@link CollectionQueries#rowColumns}. */
final class JsonCollectionValues implements CollectionValues {
    private final CollectionBinding binding;
    private final JsonNode row;

    JsonCollectionValues(CollectionBinding binding, JsonNode row) {
        this.binding = binding;
        this.row = row;
    }

    @Override
    public String id() {
        return row.path(binding.key().id()).asText(null);
    }

    @Override
    public List<String> texts(CollectionField field) {
        List<String> out = new ArrayList<>();
        binding.column(field)
                .ifPresent(c -> each(row.get(c.id()), v -> {
                    if (v.isValueNode()) {
                        out.add(v.asText());
                    }
                }));
        return out;
    }

    @Override
    public List<Term> terms(CollectionField field) {
        List<Term> out = new ArrayList<>();
        binding.column(field)
                .ifPresent(c -> each(row.get(c.id()), v -> {
                    Term t = term(c, v);
                    if (t != null) {
                        out.add(t);
                    }
                }));
        return out;
    }

    @Override
    public List<String> nested(NestedField nested) {
        List<String> out = new ArrayList<>();
        binding.path(nested).ifPresent(path -> {
            List<JsonNode> reached = new ArrayList<>();
            each(row.get(path.get(0).id()), reached::add);
            for (Column next : path.subList(1, path.size())) {
                List<JsonNode> deeper = new ArrayList<>();
                reached.forEach(n -> each(n.get(next.id()), deeper::add));
                reached = deeper;
            }
            Column last = path.get(path.size() - 1);
            Optional<Column> key = last.isReference() ? binding.targetKey(last) : Optional.empty();
            for (JsonNode n : reached) {
                JsonNode value =
                        key.isPresent() && n.isObject() ? n.get(key.get().id()) : n;
                if (value != null && value.isValueNode() && !value.isNull()) {
                    out.add(value.asText());
                }
            }
        });
        return out;
    }

    private Term term(Column c, JsonNode v) {
        if (v.isValueNode()) {
            return new Term(v.asText(), null); // a plain column bound where a reference was expected
        }
        String key = binding.targetKey(c).map(k -> v.path(k.id()).asText(null)).orElse(null);
        if (key == null) {
            return null;
        }
        String label = binding.target(c)
                .flatMap(Emx2Schema.Table::display)
                .map(d -> first(v.get(d.id())))
                .orElse(null);
        return new Term(key, label);
    }

    /** A value as text; of a list (a multilingual {@code string_array} title) the first. */
    static String first(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isArray() ? (v.isEmpty() ? null : v.get(0).asText()) : v.asText();
    }

    private static void each(JsonNode v, java.util.function.Consumer<JsonNode> action) {
        if (v == null || v.isNull()) {
            return;
        }
        if (v.isArray()) {
            v.forEach(x -> {
                if (!x.isNull()) {
                    action.accept(x);
                }
            });
        } else {
            action.accept(v);
        }
    }
}
