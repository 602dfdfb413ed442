package eu.eucaim.workstation.client.catalogue.emx2;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.catalogue.Biobank;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetRef;
import eu.eucaim.workstation.api.catalogue.LabelledCount;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.client.catalogue.emx2.CollectionValues.Term;
import eu.eucaim.workstation.client.catalogue.emx2.Emx2Schema.Column;
import eu.eucaim.workstation.client.catalogue.emx2.Emx2Schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The whole catalogue at once, for the hierarchy and the dashboard: every collection, every dataset series
 * ({@code Biobanks}, dcat:DatasetSeries) and every network in one request. The EUCAIM model (August 2026) has no
 * network above the series: when the series have no dct:isPartOf column (the node adds one), {@link #networks} gives
 * one network, the schema, holding every series as a biobank with its datasets. Networks and biobanks are listed by
 * name, datasets by title, as the node's REST catalogue lists them.
 */
final class Emx2Overview {
    static final String IS_PART_OF = "http://purl.org/dc/terms/isPartOf";
    static final String LOCALITY = "http://www.w3.org/2006/vcard/ns#locality";

    private Emx2Overview() {}

    static String query(CollectionBinding b) {
        List<Emx2Query> queries = new ArrayList<>();
        queries.add(Emx2Query.table(b.collections().id())
                .select(CollectionQueries.rowColumns(b))
                .orderBy(
                        b.column(CollectionField.TITLE)
                                .map(Column::id)
                                .orElse(b.key().id()),
                        "asc"));
        b.series().ifPresent(s -> queries.add(Emx2Query.table(s.id()).select(seriesColumns(s))));
        networkTable(b).ifPresent(n -> queries.add(Emx2Query.table(n.id()).select(networkColumns(n))));
        return Emx2Query.document(queries);
    }

    /** The table the series are part of, when the schema says. */
    private static Optional<Table> networkTable(CollectionBinding b) {
        return b.series().flatMap(s -> s.withSemantics(IS_PART_OF)).flatMap(b::target);
    }

    private static String[] networkColumns(Table n) {
        List<String> columns = new ArrayList<>();
        n.key().ifPresent(k -> columns.add(k.id()));
        n.withSemantics(CollectionField.TITLE.iri()).ifPresent(c -> columns.add(c.id()));
        n.withSemantics(CollectionField.DESCRIPTION.iri()).ifPresent(c -> columns.add(c.id()));
        return columns.toArray(String[]::new);
    }

    private static String[] seriesColumns(Table s) {
        List<String> columns = new ArrayList<>();
        s.key().ifPresent(k -> columns.add(k.id()));
        s.withSemantics(CollectionField.TITLE.iri()).ifPresent(c -> columns.add(c.id()));
        s.withSemantics(CollectionField.DESCRIPTION.iri()).ifPresent(c -> columns.add(c.id()));
        s.withSemantics(CollectionField.COUNTRY.iri())
                .ifPresent(c -> columns.add(c.isReference() ? c.id() + ".name" : c.id()));
        s.withSemantics(LOCALITY).ifPresent(c -> columns.add(c.id()));
        s.withSemantics(IS_PART_OF).filter(Column::isReference).ifPresent(c -> columns.add(c.id() + ".id"));
        return columns.toArray(String[]::new);
    }

    static List<Network> networks(CollectionBinding b, String schema, JsonNode data) {
        if (b.series().isEmpty()) {
            return List.of();
        }
        Table s = b.series().get();
        Map<String, List<DatasetRef>> bySeries = new LinkedHashMap<>();
        for (JsonNode row : data.path(b.collections().id())) {
            JsonCollectionValues v = new JsonCollectionValues(b, row);
            List<Term> series = v.terms(CollectionField.SERIES);
            if (!series.isEmpty()) {
                bySeries.computeIfAbsent(series.get(0).key(), k -> new ArrayList<>())
                        .add(new DatasetRef(
                                v.id(),
                                v.text(CollectionField.TITLE),
                                orZero(v.number(CollectionField.SUBJECTS)),
                                orZero(v.number(CollectionField.STUDIES))));
            }
        }
        Map<String, List<Biobank>> byNetwork = new LinkedHashMap<>();
        String key = s.key().map(Column::id).orElse("id");
        Optional<Column> partOf = s.withSemantics(IS_PART_OF).filter(Column::isReference);
        for (JsonNode row : data.path(s.id())) {
            String id = row.path(key).asText();
            String network =
                    partOf.map(c -> row.path(c.id()).path("id").asText(null)).orElse(schema);
            byNetwork
                    .computeIfAbsent(network, k -> new ArrayList<>())
                    .add(new Biobank(
                            id,
                            first(row, s.withSemantics(CollectionField.TITLE.iri())),
                            country(row, s),
                            first(row, s.withSemantics(LOCALITY)),
                            first(row, s.withSemantics(CollectionField.DESCRIPTION.iri())),
                            List.copyOf(bySeries.getOrDefault(id, List.of()))));
        }
        byNetwork.values().forEach(list -> list.sort(BY_NAME));
        Optional<Table> networks = networkTable(b);
        if (networks.isEmpty()) {
            return List.of(new Network(
                    schema,
                    schema + " catalogue",
                    "The dataset series of the MOLGENIS EMX2 schema " + schema,
                    byNetwork.getOrDefault(schema, List.of())));
        }
        Table n = networks.get();
        String networkKey = n.key().map(Column::id).orElse("id");
        List<Network> out = new ArrayList<>();
        for (JsonNode row : data.path(n.id())) {
            String id = row.path(networkKey).asText();
            out.add(new Network(
                    id,
                    first(row, n.withSemantics(CollectionField.TITLE.iri())),
                    first(row, n.withSemantics(CollectionField.DESCRIPTION.iri())),
                    List.copyOf(byNetwork.getOrDefault(id, List.of()))));
        }
        out.sort(Comparator.comparing(Network::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Network::id));
        return List.copyOf(out);
    }

    private static final Comparator<Biobank> BY_NAME = Comparator.comparing(
                    Biobank::name, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(Biobank::id);

    static CatalogueSummary summary(
            CollectionBinding b, JsonNode data, List<JsonCollectionValues> rows, DatasetMapper mapper) {
        List<Dataset> datasets = rows.stream().map(mapper::dataset).toList();
        TreeSet<String> countries = new TreeSet<>();
        List<LabelledCount> byDataset = new ArrayList<>();
        Map<String, LabelledCount> byModality = new LinkedHashMap<>();
        Map<String, LabelledCount> byBodyPart = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Dataset d = datasets.get(i);
            countries.addAll(rows.get(i).terms(CollectionField.COUNTRY).stream()
                    .map(Term::key)
                    .toList());
            byDataset.add(new LabelledCount(d.id(), d.title(), d.subjects()));
            // The catalogue does not split a dataset's studies by modality: each modality gets all of them.
            add(byModality, rows.get(i), CollectionField.MODALITY, d.studies(), mapper);
            add(byBodyPart, rows.get(i), CollectionField.BODY_PART, d.subjects(), mapper);
        }
        int series = 0;
        if (b.series().isPresent()) {
            Table s = b.series().get();
            for (JsonNode row : data.path(s.id())) {
                series++;
                String c = country(row, s);
                if (c != null) {
                    countries.add(c);
                }
            }
        }
        return new CatalogueSummary(
                networkTable(b)
                        .map(n -> data.path(n.id()).size())
                        .orElse(b.series().isPresent() ? 1 : 0),
                series,
                countries.size(),
                datasets.size(),
                datasets.stream().mapToLong(Dataset::subjects).sum(),
                datasets.stream().mapToLong(Dataset::studies).sum(),
                sorted(byDataset),
                sorted(new ArrayList<>(byModality.values())),
                sorted(new ArrayList<>(byBodyPart.values())));
    }

    private static void add(
            Map<String, LabelledCount> counts,
            JsonCollectionValues row,
            CollectionField field,
            long n,
            DatasetMapper mapper) {
        for (Term t : row.terms(field)) {
            counts.merge(
                    t.key(),
                    new LabelledCount(t.key(), mapper.shown(field, t), n),
                    (a, c) -> new LabelledCount(a.key(), a.label(), a.count() + c.count()));
        }
    }

    private static List<LabelledCount> sorted(List<LabelledCount> list) {
        list.sort(Comparator.comparingLong(LabelledCount::count)
                .reversed()
                .thenComparing(LabelledCount::label, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(LabelledCount::key));
        return List.copyOf(list);
    }

    private static String country(JsonNode row, Table s) {
        Optional<Column> c = s.withSemantics(CollectionField.COUNTRY.iri());
        if (c.isEmpty()) {
            return null;
        }
        JsonNode v = row.get(c.get().id());
        if (v != null && v.isArray()) {
            v = v.isEmpty() ? null : v.get(0);
        }
        return v != null && v.isObject() ? v.path("name").asText(null) : JsonCollectionValues.first(v);
    }

    private static String first(JsonNode row, Optional<Column> column) {
        if (column.isEmpty()) {
            return null;
        }
        return JsonCollectionValues.first(row.get(column.get().id()));
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
