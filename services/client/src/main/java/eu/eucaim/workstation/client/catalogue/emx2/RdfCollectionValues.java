package eu.eucaim.workstation.client.catalogue.emx2;

import eu.eucaim.workstation.client.catalogue.emx2.Emx2Schema.Column;
import eu.eucaim.workstation.client.catalogue.emx2.Emx2Schema.Table;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * One collection from EMX2's RDF API ({@code GET /{schema}/api/rdf/Collections?id=…}), as the EUCAIM explorer reads
 * it (samply/eucaim-frontend {@code collections.service.ts}): a column's values under
 * {@code …/api/rdf/Collections/column/<column>}, or, from EMX2's "semantic" generator, under the column's semantics
 * IRIs. A referenced row is an IRI {@code …/api/rdf/<Table>?<key>=<value>} (older EMX2) or {@code …/<Table>/<key>=
 * <value>} (newer); its label is the graph's {@code …/column/label} or {@code rdfs:label} of that IRI when the reply
 * describes it. The host in these IRIs is the server's own idea of its address, so predicates are matched by path.
 */
final class RdfCollectionValues implements CollectionValues {
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    private final CollectionBinding binding;
    private final Graph graph;
    private final Node subject;
    private final String id;

    private RdfCollectionValues(CollectionBinding binding, Graph graph, Node subject, String id) {
        this.binding = binding;
        this.graph = graph;
        this.subject = subject;
        this.id = id;
    }

    /** The collection {@code id} in {@code graph}, or empty when the graph does not describe it. */
    static Optional<RdfCollectionValues> of(CollectionBinding binding, Graph graph, String id) {
        String table = binding.collections().id();
        String keyColumn = "/api/rdf/" + table + "/column/" + binding.key().id();
        Set<Node> rows = new LinkedHashSet<>();
        graph.find(Node.ANY, Node.ANY, Node.ANY).forEach(t -> {
            if (t.getPredicate().isURI() && t.getPredicate().getURI().endsWith(keyColumn)) {
                if (t.getObject().isLiteral() && id.equals(t.getObject().getLiteralLexicalForm())) {
                    rows.add(t.getSubject());
                }
            } else if (t.getSubject().isURI()
                    && keyOf(t.getSubject().getURI(), binding.key().id())
                            .filter(id::equals)
                            .isPresent()
                    && t.getSubject().getURI().contains("/api/rdf/" + table)) {
                rows.add(t.getSubject());
            }
        });
        if (rows.size() > 1) {
            throw new IllegalArgumentException(
                    "the RDF describes collection '" + id + "' under " + rows.size() + " different IRIs: " + rows);
        }
        return rows.stream().findFirst().map(s -> new RdfCollectionValues(binding, graph, s, id));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> texts(CollectionField field) {
        List<String> out = new ArrayList<>();
        for (Node o : objects(field)) {
            out.add(o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : o.toString());
        }
        return out;
    }

    @Override
    public List<Term> terms(CollectionField field) {
        List<Term> out = new ArrayList<>();
        Optional<Column> column = binding.column(field);
        if (column.isEmpty()) {
            return out;
        }
        String keyColumn = binding.targetKey(column.get()).map(Column::id).orElse("id");
        for (Node o : objects(field)) {
            if (o.isLiteral()) {
                out.add(new Term(o.getLiteralLexicalForm(), null));
            } else if (o.isURI()) {
                String key = keyOf(o.getURI(), keyColumn).orElse(o.getURI());
                out.add(new Term(key, label(o, key)));
            }
        }
        // A graph keeps no order: list the terms by name, the same way every time.
        out.sort(java.util.Comparator.comparing(Term::key));
        return out;
    }

    @Override
    public List<String> nested(NestedField nested) {
        List<String> out = new ArrayList<>();
        binding.path(nested).ifPresent(path -> {
            List<Node> reached = objects(subject, binding.collections().id(), path.get(0));
            for (int i = 1; i < path.size(); i++) {
                String table = binding.target(path.get(i - 1)).map(Table::id).orElse("");
                Column next = path.get(i);
                List<Node> deeper = new ArrayList<>();
                reached.stream().filter(Node::isURI).forEach(n -> deeper.addAll(objects(n, table, next)));
                reached = deeper;
            }
            Column last = path.get(path.size() - 1);
            String key = binding.targetKey(last).map(Column::id).orElse("id");
            for (Node o : reached) {
                if (o.isLiteral()) {
                    out.add(o.getLiteralLexicalForm());
                } else if (o.isURI() && last.isReference()) {
                    out.add(keyOf(o.getURI(), key).orElse(o.getURI()));
                } else if (o.isURI()) {
                    String uri = o.getURI();
                    out.add(uri.startsWith("mailto:") ? uri.substring("mailto:".length()) : uri);
                }
            }
        });
        return out;
    }

    /** The objects of the column's own predicate, or else of its semantics predicates (never both: no doubles). */
    private List<Node> objects(CollectionField field) {
        Optional<Column> column = binding.column(field);
        if (column.isEmpty()) {
            return List.of();
        }
        return objects(subject, binding.collections().id(), column.get());
    }

    private List<Node> objects(Node row, String tableId, Column column) {
        String suffix = "/api/rdf/" + tableId + "/column/" + column.id();
        List<Node> byColumn = new ArrayList<>();
        List<Node> bySemantics = new ArrayList<>();
        graph.find(row, Node.ANY, Node.ANY).forEach(t -> {
            String p = t.getPredicate().getURI();
            if (p.endsWith(suffix)) {
                byColumn.add(t.getObject());
            } else if (column.semantics().contains(p)) {
                bySemantics.add(t.getObject());
            }
        });
        return byColumn.isEmpty() ? bySemantics : byColumn;
    }

    private String label(Node term, String key) {
        String iri = term.getURI();
        int query = iri.indexOf('?');
        String table = query >= 0 ? iri.substring(0, query) : iri.substring(0, Math.max(0, iri.lastIndexOf('/')));
        Node column = NodeFactory.createURI(table + "/column/label");
        for (Triple t : graph.find(term, column, Node.ANY).toList()) {
            if (t.getObject().isLiteral()) {
                return t.getObject().getLiteralLexicalForm();
            }
        }
        for (Triple t :
                graph.find(term, NodeFactory.createURI(RDFS_LABEL), Node.ANY).toList()) {
            String v = t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : null;
            if (v != null && !v.equals(key) && !v.startsWith("http")) {
                return v;
            }
        }
        return null;
    }

    /** The value of {@code key} in a row IRI ({@code …?name=MR}, {@code …/name=MR}), decoded. */
    static Optional<String> keyOf(String iri, String key) {
        Matcher m = Pattern.compile("[?&/]" + Pattern.quote(key) + "=([^&/]*)$").matcher(iri);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
    }
}
