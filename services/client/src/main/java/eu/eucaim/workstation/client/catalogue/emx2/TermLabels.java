package eu.eucaim.workstation.client.catalogue.emx2;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.client.catalogue.emx2.CollectionValues.Term;
import eu.eucaim.workstation.client.catalogue.emx2.Emx2Schema.Column;
import eu.eucaim.workstation.client.catalogue.emx2.Emx2Schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What to show for the keys of referenced rows (an ontology term's {@code label}, a publisher's name), kept for the
 * client's life: ontology tables change rarely. Unknown keys are asked for in one request, one query per table:
 * {@code Imaging_modality(filter: { _or: [ { name: { equals: ["MR","CT"] } } ] }) { name, label }}.
 */
final class TermLabels {
    private final Emx2Endpoint endpoint;
    private final Map<String, Map<String, String>> byTable = new ConcurrentHashMap<>();

    TermLabels(Emx2Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Remembers labels a reply carried already. */
    void remember(Table table, Term term) {
        if (term.label() != null) {
            byTable.computeIfAbsent(table.id(), k -> new ConcurrentHashMap<>()).put(term.key(), term.label());
        }
    }

    /** The label of {@code key} in {@code table}, when known. */
    Optional<String> label(Table table, String key) {
        return Optional.ofNullable(byTable.getOrDefault(table.id(), Map.of()).get(key));
    }

    /** Completes when every key of {@code wanted} (table → keys) that has a label is known. */
    CompletableFuture<Void> load(Map<Table, Set<String>> wanted) {
        List<Emx2Query> queries = new ArrayList<>();
        Map<String, Table> aliases = new LinkedHashMap<>();
        for (Map.Entry<Table, Set<String>> e : wanted.entrySet()) {
            Table table = e.getKey();
            Optional<Column> key = table.key();
            Optional<Column> display = table.display();
            Map<String, String> known = byTable.getOrDefault(table.id(), Map.of());
            Set<String> missing = new LinkedHashSet<>(e.getValue());
            missing.removeAll(known.keySet());
            if (key.isEmpty() || display.isEmpty() || missing.isEmpty()) {
                continue;
            }
            String alias = "t" + aliases.size();
            aliases.put(alias, table);
            queries.add(Emx2Query.table(table.id())
                    .as(alias)
                    .select(key.get().id(), display.get().id())
                    .orWhere(key.get().id())
                    .in(List.copyOf(missing)));
        }
        if (queries.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return endpoint.query(Emx2Query.document(queries))
                .thenAccept(data -> aliases.forEach((alias, table) -> {
                    String key = table.key().orElseThrow().id();
                    String display = table.display().orElseThrow().id();
                    for (JsonNode row : data.path(alias)) {
                        JsonNode label = row.get(display);
                        if (label != null && label.isArray()) {
                            label = label.isEmpty() ? null : label.get(0);
                        }
                        if (label != null && !label.isNull()) {
                            remember(table, new Term(row.path(key).asText(), label.asText()));
                        }
                    }
                }));
    }
}
