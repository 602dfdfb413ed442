package eu.eucaim.workstation.node.query;

import eu.eucaim.workstation.api.query.ast.AstCondition;
import eu.eucaim.workstation.api.query.ast.AstCondition.ConditionType;
import eu.eucaim.workstation.api.query.ast.AstNode;
import eu.eucaim.workstation.api.query.ast.AstOperation;
import eu.eucaim.workstation.api.query.ast.AstValue;
import eu.eucaim.workstation.api.query.ast.CatalogueKey;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A focus AST → which studies of a {@link CohortIndex} it takes. Every node is evaluated per study, with its subject:
 * AND/OR of any depth, an operation without children taking everything (Lens's empty query). The keys are the
 * catalogue's seven base criteria ({@link CatalogueKey}); values are the catalogue's codes or the federated search's
 * plain values. Coded keys take EQUALS and NOT_EQUALS with a string and IN with strings; age and year of diagnosis
 * take EQUALS, NOT_EQUALS, LOWER_THAN and GREATER_THAN with a number and BETWEEN with a range (inclusive, either end
 * open; Lens 0.4's {@code max: 0} is an open end), and LOWER_THAN/GREATER_THAN with a range as CHAIMELEON reads
 * it (≤ max, ≥ min). Anything else is an {@link AstRejected} naming the key.
 */
final class AstFilter {
    private final CohortIndex index;

    private AstFilter(CohortIndex index) {
        this.index = index;
    }

    static IntPredicate compile(AstNode ast, CohortIndex index) {
        return new AstFilter(index).node(ast);
    }

    private IntPredicate node(AstNode n) {
        if (n instanceof AstOperation o) {
            return operation(o);
        }
        return condition((AstCondition) n);
    }

    private IntPredicate operation(AstOperation o) {
        IntPredicate[] children = o.children().stream().map(this::node).toArray(IntPredicate[]::new);
        if (children.length == 0) {
            return st -> true;
        }
        if (children.length == 1) {
            return children[0];
        }
        return switch (o.operand()) {
            case AND ->
                st -> {
                    for (IntPredicate c : children) {
                        if (!c.test(st)) {
                            return false;
                        }
                    }
                    return true;
                };
            case OR ->
                st -> {
                    for (IntPredicate c : children) {
                        if (c.test(st)) {
                            return true;
                        }
                    }
                    return false;
                };
        };
    }

    private IntPredicate condition(AstCondition c) {
        CatalogueKey key = CatalogueKey.of(c.key())
                .orElseThrow(() -> new AstRejected(
                        "unknown_key",
                        c.key(),
                        "Unknown key '" + c.key() + "' in a condition; this provider knows "
                                + Arrays.stream(CatalogueKey.values())
                                        .map(k -> k.key() + " (" + label(k) + ")")
                                        .toList()));
        return switch (key) {
            case AGE_AT_DIAGNOSIS -> number(c, key, CohortIndex.Number.AGE);
            case YEAR_OF_DIAGNOSIS -> number(c, key, CohortIndex.Number.YEAR);
            case GENDER -> coded(c, key, CohortIndex.Text.SEX);
            case DIAGNOSIS -> coded(c, key, CohortIndex.Text.DIAGNOSIS);
            case MODALITY -> coded(c, key, CohortIndex.Text.MODALITY);
            case BODY_PART -> coded(c, key, CohortIndex.Text.BODY_PART);
            case MANUFACTURER -> coded(c, key, CohortIndex.Text.MANUFACTURER);
        };
    }

    private IntPredicate coded(AstCondition c, CatalogueKey key, CohortIndex.Text column) {
        ConditionType type = c.type();
        List<String> given;
        if ((type == ConditionType.EQUALS || type == ConditionType.NOT_EQUALS)
                && c.value() instanceof AstValue.Text t) {
            given = List.of(t.value());
        } else if (type == ConditionType.IN && c.value() instanceof AstValue.Texts t) {
            given = t.values();
        } else if (type == ConditionType.EQUALS || type == ConditionType.NOT_EQUALS || type == ConditionType.IN) {
            throw wrongValue(c, key, type == ConditionType.IN ? "an array of strings" : "a string");
        } else {
            throw unsupported(c, key, "EQUALS, NOT_EQUALS, IN");
        }
        Set<String> values = new HashSet<>();
        for (String v : given) {
            values.add(key.plainValue(v)
                    .orElseThrow(() -> new AstRejected(
                            "unknown_value",
                            c.key(),
                            "Unknown value '" + v + "' in a condition with key '" + c.key() + "' (" + label(key)
                                    + "); expected one of the catalogue's codes or " + key.plainValues())));
        }
        boolean negate = type == ConditionType.NOT_EQUALS;
        return index.text(column, v -> values.contains(v) != negate);
    }

    private IntPredicate number(AstCondition c, CatalogueKey key, CohortIndex.Number column) {
        ConditionType type = c.type();
        AstValue value = c.value();
        if (value instanceof AstValue.Number n) {
            BigDecimal x = n.value();
            IntPredicate accept = switch (type) {
                case EQUALS -> v -> compare(v, x) == 0;
                case NOT_EQUALS -> v -> compare(v, x) != 0;
                case LOWER_THAN -> v -> compare(v, x) < 0;
                case GREATER_THAN -> v -> compare(v, x) > 0;
                case BETWEEN -> throw wrongValue(c, key, "a range {\"min\": …, \"max\": …}");
                default -> throw unsupported(c, key, "EQUALS, NOT_EQUALS, LOWER_THAN, GREATER_THAN, BETWEEN");
            };
            return index.number(column, accept);
        }
        if (value instanceof AstValue.NumRange given) {
            AstValue.NumRange r = given.asLensMeantIt();
            BigDecimal min = type == ConditionType.LOWER_THAN ? null : r.min();
            BigDecimal max = type == ConditionType.GREATER_THAN ? null : r.max();
            return switch (type) {
                case BETWEEN, LOWER_THAN, GREATER_THAN ->
                    index.number(
                            column,
                            v -> (min == null || compare(v, min) >= 0) && (max == null || compare(v, max) <= 0));
                case EQUALS, NOT_EQUALS -> throw wrongValue(c, key, "a number");
                default -> throw unsupported(c, key, "EQUALS, NOT_EQUALS, LOWER_THAN, GREATER_THAN, BETWEEN");
            };
        }
        switch (type) {
            case EQUALS, NOT_EQUALS, LOWER_THAN, GREATER_THAN, BETWEEN ->
                throw wrongValue(c, key, type == ConditionType.BETWEEN ? "a range of numbers" : "a number");
            default -> throw unsupported(c, key, "EQUALS, NOT_EQUALS, LOWER_THAN, GREATER_THAN, BETWEEN");
        }
    }

    private static int compare(int value, BigDecimal bound) {
        return BigDecimal.valueOf(value).compareTo(bound);
    }

    private static AstRejected wrongValue(AstCondition c, CatalogueKey key, String expected) {
        return new AstRejected(
                "wrong_value_type",
                c.key(),
                "Wrong value for type '" + c.type() + "' in a condition with key '" + c.key() + "' (" + label(key)
                        + "): it must be " + expected);
    }

    private static AstRejected unsupported(AstCondition c, CatalogueKey key, String taken) {
        return new AstRejected(
                "unsupported_type",
                c.key(),
                "Type '" + c.type() + "' is not taken for key '" + c.key() + "' (" + label(key) + "); it takes "
                        + taken);
    }

    /** "gender", "age at diagnosis": the key's criterion in words. */
    private static String label(CatalogueKey k) {
        return k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
