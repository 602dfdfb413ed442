package eu.eucaim.workstation.client.catalogue.emx2;

import static eu.eucaim.workstation.client.catalogue.emx2.CollectionField.*;

import eu.eucaim.workstation.api.catalogue.AccessRights;
import eu.eucaim.workstation.api.catalogue.Condition;
import eu.eucaim.workstation.api.catalogue.ContactPoint;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.Publisher;
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
 * A collection's values as the app's {@link Dataset}. The EUCAIM model has no access conditions (download, on-site,
 * remote: a distribution's), temporal coverage, licence or observational-study flag, so those stay empty; ontology
 * values keep their EMX2 {@code name} as the code (modalities, conditions) and show their label.
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

    DatasetMapper(CollectionBinding binding, TermLabels labels) {
        this.binding = binding;
        this.labels = labels;
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
        List<String> type = shown(v, TYPE);
        return new Dataset(
                v.id(),
                v.text(TITLE),
                description(v.texts(DESCRIPTION)),
                v.text(VERSION),
                type.isEmpty() ? null : type.get(0),
                accessRights(keys(v, ACCESS_RIGHTS)),
                List.of(),
                publisher.isEmpty() && seriesId == null
                        ? null
                        : new Publisher(
                                seriesId,
                                publisher.isEmpty() ? null : publisher.get(0),
                                countries.isEmpty() ? null : countries.get(0)),
                contact.isEmpty() ? null : new ContactPoint(contact.get(0), null),
                seriesId,
                orZero(v.number(SUBJECTS)),
                orZero(v.number(STUDIES)),
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
                null,
                null,
                shown(v, ANNOTATION_LABEL),
                orZero(v.number(SEGMENTATIONS)),
                null,
                false);
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
            String code = k.substring(k.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
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
