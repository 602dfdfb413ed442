package eu.eucaim.workstation.api.query.ast;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.CohortVocabulary;
import eu.eucaim.workstation.api.query.ast.AstCondition.ConditionType;
import eu.eucaim.workstation.api.query.ast.AstOperation.Operand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link CohortQuery} as the EUCAIM explorer (Lens) would send it: {@code OR(AND(OR(conditions of one
 * criterion)...))}, one EQUALS condition per ticked value with the catalogue's code, one BETWEEN per range; the empty
 * query is {@code OR()} as Lens sends it. A range with an open end gets the vocabulary's bound there
 * ({@link CohortVocabulary#MAX_AGE}, {@link CohortVocabulary#MIN_YEAR}...) because focus's {@code NumRange} needs
 * both ends and CHAIMELEON's provider reads BETWEEN literally; read back, such a bound is no bound.
 */
public final class FocusAst {
    private FocusAst() {}

    public static AstOperation of(CohortQuery q) {
        List<AstOperation> criteria = new ArrayList<>();
        coded(criteria, CatalogueKey.GENDER, q.gender());
        range(
                criteria,
                CatalogueKey.AGE_AT_DIAGNOSIS,
                q.ageMin(),
                q.ageMax(),
                CohortVocabulary.MIN_AGE,
                CohortVocabulary.MAX_AGE);
        coded(criteria, CatalogueKey.DIAGNOSIS, q.diagnosis());
        range(
                criteria,
                CatalogueKey.YEAR_OF_DIAGNOSIS,
                q.yearMin(),
                q.yearMax(),
                CohortVocabulary.MIN_YEAR,
                CohortVocabulary.MAX_YEAR);
        coded(criteria, CatalogueKey.MODALITY, q.modality());
        coded(criteria, CatalogueKey.BODY_PART, q.bodyPart());
        coded(criteria, CatalogueKey.MANUFACTURER, q.manufacturer());
        return criteria.isEmpty() ? AstOperation.or(List.of()) : AstOperation.or(List.of(AstOperation.and(criteria)));
    }

    /** The pretty-printed {@code {"ast": …, "id": …}} that focus would POST to a provider for {@code q}. */
    public static String json(CohortQuery q, String id) {
        return AstJson.pretty(new AstRequest(of(q), id));
    }

    private static void coded(List<AstOperation> criteria, CatalogueKey key, List<String> values) {
        if (!values.isEmpty()) {
            criteria.add(AstOperation.or(values.stream()
                    .map(v -> new AstCondition(
                            key.key(), ConditionType.EQUALS, new AstValue.Text(key.code(v)), key.system()))
                    .toList()));
        }
    }

    private static void range(
            List<AstOperation> criteria, CatalogueKey key, Integer min, Integer max, int lowest, int highest) {
        if (min != null || max != null) {
            AstValue.NumRange r = AstValue.NumRange.of(min == null ? lowest : min, max == null ? highest : max);
            criteria.add(AstOperation.or(List.of(new AstCondition(key.key(), ConditionType.BETWEEN, r, key.system()))));
        }
    }

    /**
     * The {@link CohortQuery} an AST of the shape {@link #of} makes stands for, or empty for any other AST (several
     * AND groups, other keys or types): those only a provider that evaluates the tree can answer.
     */
    public static Optional<CohortQuery> cohortQuery(AstOperation ast) {
        if (ast.children().isEmpty()) {
            return Optional.of(CohortQuery.any());
        }
        if (ast.operand() != Operand.OR
                || ast.children().size() != 1
                || !(ast.children().get(0) instanceof AstOperation and)
                || and.operand() != Operand.AND) {
            return Optional.empty();
        }
        Map<CatalogueKey, List<String>> values = new EnumMap<>(CatalogueKey.class);
        Map<CatalogueKey, AstValue.NumRange> ranges = new EnumMap<>(CatalogueKey.class);
        for (AstNode child : and.children()) {
            if (!(child instanceof AstOperation or)
                    || or.operand() != Operand.OR
                    || or.children().isEmpty()) {
                return Optional.empty();
            }
            for (AstNode leaf : or.children()) {
                if (!(leaf instanceof AstCondition c) || !read(c, values, ranges)) {
                    return Optional.empty();
                }
            }
        }
        Integer[] age =
                bounds(ranges.get(CatalogueKey.AGE_AT_DIAGNOSIS), CohortVocabulary.MIN_AGE, CohortVocabulary.MAX_AGE);
        Integer[] year = bounds(
                ranges.get(CatalogueKey.YEAR_OF_DIAGNOSIS), CohortVocabulary.MIN_YEAR, CohortVocabulary.MAX_YEAR);
        if (age == null || year == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CohortQuery(
                    values.get(CatalogueKey.GENDER),
                    values.get(CatalogueKey.DIAGNOSIS),
                    values.get(CatalogueKey.MODALITY),
                    values.get(CatalogueKey.BODY_PART),
                    values.get(CatalogueKey.MANUFACTURER),
                    age[0],
                    age[1],
                    year[0],
                    year[1]));
        } catch (IllegalArgumentException upsideDown) {
            return Optional.empty();
        }
    }

    private static boolean read(
            AstCondition c, Map<CatalogueKey, List<String>> values, Map<CatalogueKey, AstValue.NumRange> ranges) {
        Optional<CatalogueKey> key = CatalogueKey.of(c.key());
        if (key.isEmpty()) {
            return false;
        }
        CatalogueKey k = key.get();
        if (k.kind() == CatalogueKey.Kind.NUMBER) {
            if (c.type() != ConditionType.BETWEEN
                    || !(c.value() instanceof AstValue.NumRange r)
                    || ranges.containsKey(k)) {
                return false;
            }
            ranges.put(k, r.asLensMeantIt());
            return true;
        }
        List<String> codes;
        if (c.type() == ConditionType.EQUALS && c.value() instanceof AstValue.Text t) {
            codes = List.of(t.value());
        } else if (c.type() == ConditionType.IN && c.value() instanceof AstValue.Texts t) {
            codes = t.values();
        } else {
            return false;
        }
        List<String> into = values.computeIfAbsent(k, x -> new ArrayList<>());
        for (String code : codes) {
            Optional<String> plain = k.plainValue(code);
            if (plain.isEmpty()) {
                return false;
            }
            into.add(plain.get());
        }
        return true;
    }

    /** {min, max} as whole numbers, a bound at the vocabulary's limit or beyond being none; null when not whole. */
    private static Integer[] bounds(AstValue.NumRange r, int lowest, int highest) {
        if (r == null) {
            return new Integer[2];
        }
        Integer min = whole(r.min());
        Integer max = whole(r.max());
        if ((r.min() != null && min == null) || (r.max() != null && max == null)) {
            return null;
        }
        return new Integer[] {min == null || min <= lowest ? null : min, max == null || max >= highest ? null : max};
    }

    private static Integer whole(BigDecimal n) {
        if (n == null) {
            return null;
        }
        try {
            return n.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
