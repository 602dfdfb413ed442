package eu.eucaim.workstation.node.emx2;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.Biobank;
import eu.eucaim.workstation.api.catalogue.Condition;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.EuLicences;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.api.vocabulary.Modality;
import eu.eucaim.workstation.node.catalogue.CatalogueIndex;
import eu.eucaim.workstation.node.vocabulary.BodyParts;
import eu.eucaim.workstation.node.vocabulary.Countries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The node's catalogue as rows of the EUCAIM EMX2 model: a dataset is a row of {@code collections}, the biobank that
 * publishes it a row of {@code biobanks} (a dataset series, {@code collections.in_series}) and of {@code publisher};
 * coded values are rows of the ontology tables. Which dataset field goes to which column is listed in
 * docs/catalogue-emx2.md; columns the node has nothing for stay null.
 */
public final class CatalogueRows {
    static final String SNOMED = "SNOMED-CT";
    private static final String SNOMED_IRI = "http://purl.bioontology.org/ontology/SNOMEDCT/";
    /** The model's rights statements (rightsstatement.tsv) by the access condition each states. */
    private static final Map<String, String> RIGHTS = Map.of(
            AccessCondition.DOWNLOAD.name(), "3738936814",
            AccessCondition.IN_SITU_PROCESSING.name(), "3738205646",
            AccessCondition.REMOTE_PROCESSING.name(), "2750586429");

    private final Emx2Data data;
    private final Map<String, OntologyTerms> terms = new HashMap<>();

    private CatalogueRows(Emx2Model model) {
        this.data = new Emx2Data(model);
        model.tables().stream()
                .filter(t -> t.isOntology() || t.columnById("ontologyTermURI").isPresent())
                .forEach(t -> terms.put(t.name(), OntologyTerms.load(data.table(t.name()))));
        SeedRows.load(data.table("rightsstatement"));
    }

    public static Emx2Data of(Emx2Model model, CatalogueIndex index) {
        CatalogueRows rows = new CatalogueRows(model);
        Map<String, Map<String, Object>> networkOf = new HashMap<>();
        index.networks().stream().sorted(Comparator.comparing(Network::id)).forEach(n -> {
            Map<String, Object> network = rows.addNetwork(n);
            n.biobanks().forEach(b -> networkOf.put(b.id(), network));
        });
        index.networks().stream()
                .map(Network::biobanks)
                .flatMap(List::stream)
                .sorted(Comparator.comparing(Biobank::id))
                .forEach(b -> rows.addSeries(b, networkOf.get(b.id())));
        index.datasets().stream().sorted(Comparator.comparing(Dataset::id)).forEach(rows::addCollection);
        rows.terms.values().forEach(OntologyTerms::link);
        return rows.data;
    }

    private Map<String, Object> addNetwork(Network n) {
        Map<String, Object> row = data.table("networks").add(n.id());
        row.put("title", List.of(n.name()));
        row.put("description", n.description() == null ? null : List.of(n.description()));
        return row;
    }

    private void addSeries(Biobank b, Map<String, Object> network) {
        Map<String, Object> publisher = publisher(b.id(), b.name());
        Map<String, Object> row = data.table("biobanks").add(b.id());
        row.put("network", network);
        row.put("locality", b.city());
        row.put("title", List.of(b.name()));
        row.put("description", b.description() == null ? null : List.of(b.description()));
        row.put("spatial", List.of(country(b.country())));
        row.put("publisher", publisher);
    }

    private Map<String, Object> publisher(String id, String name) {
        TableRows publishers = data.table("publisher");
        return publishers.byKey(id).orElseGet(() -> {
            Map<String, Object> row = publishers.add(id);
            row.put("name", List.of(name));
            return row;
        });
    }

    private void addCollection(Dataset d) {
        Map<String, Object> row = data.table("collections").add(d.id());
        row.put("title", List.of(d.title()));
        row.put("description", List.of(d.description()));
        row.put("theme", term("themes", "HEALTH", "Health"));
        row.put("keyword", d.keywords());
        row.put("accessRights", term("accessrights", accessRight(d), null));
        row.put("spatial", List.of(country(d.publisher().country())));
        row.put("publisher", publisher(d.publisher().biobankId(), d.publisher().name()));
        row.put("contactPoint", List.of(contact(d)));
        row.put(
                "type",
                List.of(term("dataset_type", d.segmentations() > 0 ? "ANNOTATED_DATASET" : "ORIGINAL_DATASET", null)));
        row.put("minTypicalAge", d.minTypicalAge());
        row.put("maxTypicalAge", d.maxTypicalAge());
        row.put("hasBirthSex", list(d.birthSex(), s -> term("sex", capitalised(s), capitalised(s))));
        row.put("numberOfRecords", d.studies());
        row.put("numberOfUniqueIndividuals", d.subjects());
        row.put(
                "hasCondition",
                d.conditions().isEmpty() ? null : condition(d.conditions().get(0)));
        row.put(
                "hasImageModality",
                list(d.modalities(), m -> labelled(term("imaging_modality", m, null), Modality.labelOf(m))));
        row.put("hasEquipmentManufacturer", list(d.manufacturers(), m -> term("manufacturer", m, m)));
        row.put("hasImageBodyPart", list(d.bodyParts(), this::bodyPart));
        row.put("hasAnnotationLabel", list(d.annotationLabels(), this::annotationLabel));
        row.put("nbrOfSegmentations", d.segmentations());
        row.put("identifier", d.id());
        row.put("version", d.version());
        if (d.provenance() != null) {
            Map<String, Object> provenance = data.table("provenance_statement").add(d.id() + "-provenance");
            provenance.put("label", List.of(d.provenance()));
            row.put("provenance", List.of(provenance));
        }
        if (d.temporalCoverage() != null) {
            Map<String, Object> period = data.table("periodoftime").add(d.id() + "-temporal");
            period.put("startDate", dateTime(d.temporalCoverage().start()));
            period.put("endDate", dateTime(d.temporalCoverage().end()));
            row.put("temporal", List.of(period));
        }
        row.put(
                "in_series",
                data.table("biobanks").byKey(d.publisher().biobankId()).orElse(null));
        row.put(
                "distribution",
                list(d.accessConditions().stream().map(Enum::name).toList(), c -> distribution(d, c)));
    }

    /**
     * One distribution per access condition, its rights the model's own statement of that condition (the
     * {@code rightsstatement} rows the EUCAIM catalogue ships), with the licence where it is one of the EU
     * vocabulary's.
     */
    private Map<String, Object> distribution(Dataset d, String condition) {
        Map<String, Object> row = data.table("distribution")
                .add(d.id() + "-" + condition.toLowerCase(Locale.ROOT).replace('_', '-'));
        row.put(
                "rights",
                data.table("rightsstatement").byKey(RIGHTS.get(condition)).orElseThrow());
        EuLicences.iri(d.licence()).ifPresent(iri -> row.put("license", iri));
        return row;
    }

    /** An xsd:dateTime with its seconds ("2016-01-01T00:00:00"), as EMX2 writes a datetime. */
    private static String dateTime(java.time.LocalDate day) {
        return day.atStartOfDay().format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    private Map<String, Object> contact(Dataset d) {
        Map<String, Object> kind = data.table("kind").add(d.id() + "-contact");
        kind.put("fn", d.contactPoint().name());
        kind.put("hasEmail", d.contactPoint().email());
        return kind;
    }

    /** EUCAIM-DCAT-AP access rights are the EU vocabulary's: RESTRICTED is "RESTRICTED_ACCESS" in the model. */
    private static String accessRight(Dataset d) {
        return switch (d.accessRights()) {
            case PUBLIC -> "PUBLIC";
            case RESTRICTED -> "RESTRICTED_ACCESS";
            case NON_PUBLIC -> "NON_PUBLIC";
        };
    }

    private Map<String, Object> country(String code) {
        return labelled(term("countries", code, null, () -> Countries.englishName(code)), Countries.englishName(code));
    }

    /** The node codes a diagnosis "SNOMEDCT254837009"; the model's disease_types call it "SNOMED-CT:254837009". */
    private Map<String, Object> condition(Condition c) {
        String code = c.code().startsWith("SNOMEDCT") ? c.code().substring("SNOMEDCT".length()) : c.code();
        return labelled(
                terms.get("disease_types").findOrAdd(SNOMED + ":" + code, null, SNOMED, code, SNOMED_IRI + code),
                c.label());
    }

    /**
     * The term labelled as the node's catalogue labels it everywhere ("MR (Magnetic resonance)", "Breast cancer"):
     * the same read model answers REST and EMX2 alike; the model's vocabulary keeps its names, codes and IRIs.
     */
    private static Map<String, Object> labelled(Map<String, Object> term, String label) {
        if (label != null) {
            term.put("label", label);
        }
        return term;
    }

    /** What the segmentations outline ("tumour", "lung lobes"): the model draws them from its body parts. */
    private Map<String, Object> annotationLabel(String label) {
        return terms.get("body_parts").findOrAdd(label, label, null, null, null);
    }

    /** The node's body parts are words ("breast"); the model's are SNOMED terms labelled "Breast". */
    private Map<String, Object> bodyPart(String word) {
        return terms.get("body_parts")
                .find(null, BodyParts.label(word))
                .orElseGet(() -> terms.get("body_parts").findOrAdd(word, BodyParts.label(word), null, null, null));
    }

    private Map<String, Object> term(String table, String name, String label) {
        return term(table, name, label, () -> label == null ? name : label);
    }

    private Map<String, Object> term(
            String table, String name, String label, java.util.function.Supplier<String> newLabel) {
        OntologyTerms t = terms.get(table);
        return t.find(name, label).orElseGet(() -> t.findOrAdd(name, newLabel.get(), null, null, null));
    }

    private static List<Object> list(List<String> values, java.util.function.Function<String, Object> f) {
        if (values.isEmpty()) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        values.forEach(v -> out.add(f.apply(v)));
        return List.copyOf(out);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
