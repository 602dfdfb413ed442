package eu.eucaim.workstation.client.catalogue.emx2;

import static eu.eucaim.workstation.client.catalogue.emx2.CollectionField.*;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.AccessRights;
import eu.eucaim.workstation.api.catalogue.Condition;
import eu.eucaim.workstation.api.catalogue.ContactPoint;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.EuLicences;
import eu.eucaim.workstation.api.catalogue.Publisher;
import eu.eucaim.workstation.api.catalogue.TemporalCoverage;
import eu.eucaim.workstation.client.catalogue.emx2.CollectionValues.Term;
import eu.eucaim.workstation.client.catalogue.emx2.Emx2Schema.Table;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A collection's values as the app's {@link Dataset}. Ontology values keep their EMX2 {@code name} as the code
 * (modalities, conditions) and show their label. Access conditions are the rights statements of the dataset's
 * distributions and the licence theirs (dcat:distribution, which the node adds to the model); a dataset that holds
 * no data (no records, no individuals, no distribution) is the observational-study entry.
 */
final class DatasetMapper {
    /** The fields whose values are referenced rows, to label. */
    static final List<CollectionField> TERMS = List.of(
            TYPE,
            ACCESS_RIGHTS,
            PUBLISHER,
            CONTACT,
            SERIES,
            COUNTRY,
            SEX,
            CONDITION,
            MODALITY,
            MANUFACTURER,
            BODY_PART,
            ANNOTATION_LABEL);

    private final CollectionBinding binding;
    private final TermLabels labels;
    private final RightsStatements rights;

    DatasetMapper(CollectionBinding binding, TermLabels labels, RightsStatements rights) {
        this.binding = binding;
        this.labels = labels;
        this.rights = rights;
    }

    /** The keys without a label yet, by the table they are keys of; labels that came with the values are kept. */
    Map<Table, Set<String>> unlabelled(List<? extends CollectionValues> rows) {
        Map<Table, Set<String>> wanted = new HashMap<>();
        for (CollectionField f : TERMS) {
            Optional<Table> table = binding.column(f).flatMap(binding::target);
            if (table.isEmpty()) {
                continue;
            }
            for (CollectionValues row : rows) {
                for (Term t : row.terms(f)) {
                    labels.remember(table.get(), t);
                    if (t.label() == null && labels.label(table.get(), t.key()).isEmpty()) {
                        wanted.computeIfAbsent(table.get(), k -> new LinkedHashSet<>())
                                .add(t.key());
                    }
                }
            }
        }
        return wanted;
    }

    Dataset dataset(CollectionValues v) {
        List<Term> series = v.terms(SERIES);
        String seriesId = series.isEmpty() ? null : series.get(0).key();
        List<String> countries = keys(v, COUNTRY);
        List<String> publisher = shown(v, PUBLISHER);
        List<String> contact = shown(v, CONTACT);
        List<String> email = v.nested(NestedField.CONTACT_EMAIL);
        List<String> network = v.nested(NestedField.SERIES_NETWORK);
        List<String> type = shown(v, TYPE);
        List<AccessCondition> conditions = accessConditions(v);
        int subjects = orZero(v.number(SUBJECTS));
        int studies = orZero(v.number(STUDIES));
        List<String> provenance = shown(v, PROVENANCE);
        return new Dataset(
                v.id(),
                v.text(TITLE),
                description(v.texts(DESCRIPTION)),
                v.text(VERSION),
                type.isEmpty() ? null : type.get(0),
                accessRights(keys(v, ACCESS_RIGHTS)),
                conditions,
                publisher.isEmpty() && seriesId == null
                        ? null
                        : new Publisher(
                                seriesId,
                                publisher.isEmpty() ? null : publisher.get(0),
                                countries.isEmpty() ? null : countries.get(0)),
                contact.isEmpty() ? null : new ContactPoint(contact.get(0), email.isEmpty() ? null : email.get(0)),
                network.isEmpty() ? seriesId : network.get(0),
                subjects,
                studies,
                shown(v, SEX),
                v.number(MIN_AGE),
                v.number(MAX_AGE),
                v.terms(CONDITION).stream()
                        .map(t -> new Condition(TermCodes.toApp(t.key()), shown(CONDITION, t)))
                        .toList(),
                keys(v, MODALITY),
                shown(v, MANUFACTURER),
                shown(v, BODY_PART),
                v.texts(KEYWORDS),
                provenance.isEmpty() ? null : provenance.get(0),
                temporal(v),
                shown(v, ANNOTATION_LABEL),
                orZero(v.number(SEGMENTATIONS)),
                licence(v.nested(NestedField.LICENCE)),
                subjects == 0 && studies == 0 && v.terms(DISTRIBUTION).isEmpty());
    }

    /** Each condition once, in the order the app lists them, whatever order the distributions come in. */
    private List<AccessCondition> accessConditions(CollectionValues v) {
        List<String> ids = v.nested(NestedField.RIGHTS);
        List<String> labels = v.nested(NestedField.RIGHTS_LABEL);
        java.util.EnumSet<AccessCondition> found = java.util.EnumSet.noneOf(AccessCondition.class);
        for (int i = 0; i < ids.size(); i++) {
            String label = ids.size() == labels.size() ? labels.get(i) : null;
            rights.condition(ids.get(i), label).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** The first period's dates; a datetime's date part ("2016-01-01T00:00"). */
    private static TemporalCoverage temporal(CollectionValues v) {
        List<String> start = v.nested(NestedField.TEMPORAL_START);
        List<String> end = v.nested(NestedField.TEMPORAL_END);
        if (start.isEmpty() || end.isEmpty()) {
            return null;
        }
        try {
            return new TemporalCoverage(date(start.get(0)), date(end.get(0)));
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a period the app cannot read is left out, not the dataset
        }
    }

    private static java.time.LocalDate date(String datetime) {
        String s = datetime.strip();
        return java.time.LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    }

    /** The first distribution's licence: an EU licence authority IRI by its SPDX name, another IRI as it is. */
    static String licence(List<String> iris) {
        return iris.isEmpty() ? null : EuLicences.shown(iris.get(0));
    }

    /** What to show for {@code t}, a value of {@code field}: its label from the reply or the ontology, or its key. */
    String shown(CollectionField field, Term t) {
        if (t.label() != null) {
            return t.label();
        }
        return binding.column(field)
                .flatMap(binding::target)
                .flatMap(table -> labels.label(table, t.key()))
                .orElse(t.key());
    }

    private List<String> shown(CollectionValues v, CollectionField f) {
        return v.terms(f).stream().map(t -> shown(f, t)).toList();
    }

    private static List<String> keys(CollectionValues v, CollectionField f) {
        return v.terms(f).stream().map(Term::key).toList();
    }

    private static String description(List<String> parts) {
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** The EU access-right authority's codes the app knows; BY_REQUEST and others are not among them. */
    private static AccessRights accessRights(List<String> keys) {
        for (String k : keys) {
            // The model's vocabulary says RESTRICTED_ACCESS where the EU authority says RESTRICTED.
            String code =
                    k.substring(k.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT).replaceAll("_ACCESS$", "");
            for (AccessRights r : AccessRights.values()) {
                if (r.name().equals(code)) {
                    return r;
                }
            }
        }
        return null;
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
