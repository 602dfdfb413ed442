package eu.eucaim.workstation.node.emx2;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * One row as RDF the way molgenis-emx2's "emx2" generator writes it: the row IRI
 * {@code <base>/<schema>/api/rdf/<Table>?<key>=<value>}, typed as its table and {@code qb:Observation}, with
 * {@code rdfs:label}, one triple per filled column with predicate {@code …/api/rdf/<Table>/column/<column>} and
 * again with the column's semantics IRIs, references as the IRIs of the referenced rows, and those rows described
 * too, two references deep (an ontology term with its name, label, code and {@code rdfs:label}; a distribution with
 * its rights statement).
 */
final class Emx2Rdf {
    private static final String QB = "http://purl.org/linked-data/cube#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String FDP = "https://w3id.org/fdp/fdp-o#";

    /** Referenced rows are described too, and theirs (a distribution's rights statement), not further. */
    private static final int REFERENCE_DEPTH = 2;

    private final Emx2Model model;
    private final String api; // http://host:port/Eucaim/api/rdf

    Emx2Rdf(Emx2Model model, String baseUrl) {
        this.model = model;
        this.api = baseUrl + "/" + model.schemaName() + "/api/rdf";
    }

    Model row(Emx2Table table, Map<String, Object> row) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix(model.schemaName(), api + "/");
        m.setNsPrefix("rdf", RDF.getURI());
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("qb", QB);
        m.setNsPrefix("dcat", DCAT);
        m.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("fdp-o", FDP);
        Set<String> written = new HashSet<>();
        describe(m, table, row, written, REFERENCE_DEPTH);
        return m;
    }

    String iri(Emx2Table table, Map<?, ?> row) {
        Emx2Column key = table.primaryKey();
        return api + "/" + table.id() + "?" + key.id() + "="
                + URLEncoder.encode(String.valueOf(row.get(key.id())), StandardCharsets.UTF_8)
                        .replace("+", "%20");
    }

    private void describe(Model m, Emx2Table table, Map<?, ?> row, Set<String> written, int followRefs) {
        String iri = iri(table, row);
        if (!written.add(iri)) {
            return;
        }
        Resource s = m.createResource(iri);
        s.addProperty(RDF.type, m.createResource(api + "/" + table.id()));
        s.addProperty(RDF.type, m.createResource(QB + "Observation"));
        s.addProperty(m.createProperty(DCAT, "endpointURL"), m.createResource(api));
        s.addProperty(m.createProperty(FDP, "metadataIdentifier"), s);
        s.addProperty(m.createProperty(QB, "dataSet"), m.createResource(api + "/" + table.id()));
        Object label = table.isOntology() ? row.get("label") : null;
        s.addProperty(
                RDFS.label,
                String.valueOf(
                        label != null ? label : row.get(table.primaryKey().id())));
        for (Emx2Column c : table.columns()) {
            Object value = row.get(c.id());
            if (value == null || c.type() == ColumnType.REFBACK || c.isSystem()) {
                continue;
            }
            List<?> values = value instanceof List<?> l ? l : List.of(value);
            for (Object v : values) {
                RDFNode node;
                if (c.type().isReference()) {
                    Emx2Table ref = model.table(c.refTable());
                    Map<?, ?> target = (Map<?, ?>) v;
                    node = m.createResource(iri(ref, target));
                    if (followRefs > 0) {
                        describe(m, ref, target, written, followRefs - 1);
                    }
                } else {
                    node = literal(m, c, v);
                }
                s.addProperty(m.createProperty(api + "/" + table.id() + "/column/" + c.id()), node);
                for (String semantic : c.semantics()) {
                    if (semantic.startsWith("http")) {
                        s.addProperty(m.createProperty(semantic), node);
                    }
                }
            }
        }
    }

    private static RDFNode literal(Model m, Emx2Column c, Object v) {
        return switch (c.type()) {
            case INT, INT_ARRAY -> m.createTypedLiteral(String.valueOf(v), XSDDatatype.XSDint);
            case DECIMAL -> m.createTypedLiteral(String.valueOf(v), XSDDatatype.XSDdouble);
            case BOOL -> m.createTypedLiteral(String.valueOf(v), XSDDatatype.XSDboolean);
            case DATETIME -> m.createTypedLiteral(String.valueOf(v), XSDDatatype.XSDdateTime);
            case DATE -> m.createTypedLiteral(String.valueOf(v), XSDDatatype.XSDdate);
            case HYPERLINK, HYPERLINK_ARRAY -> m.createResource(String.valueOf(v));
            case EMAIL, EMAIL_ARRAY -> m.createResource("mailto:" + v);
            default -> m.createLiteral(String.valueOf(v));
        };
    }
}
