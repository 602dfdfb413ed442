package eu.eucaim.workstation.node;

import eu.eucaim.workstation.api.query.ast.AstCondition;
import eu.eucaim.workstation.api.query.ast.AstCondition.ConditionType;
import eu.eucaim.workstation.api.query.ast.AstNode;
import eu.eucaim.workstation.api.query.ast.AstOperation;
import eu.eucaim.workstation.api.query.ast.AstValue;
import eu.eucaim.workstation.api.query.ast.CatalogueKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Brute force for focus ASTs: a tree evaluated directly for one study and its subject, written without the node's
 * code (only the catalogue's codes are shared), and random trees of every shape the node takes.
 */
final class AstOracle {
    private AstOracle() {}

    static boolean matches(AstNode n, CohortOracle.Subject s, CohortOracle.Study st) {
        if (n instanceof AstOperation o) {
            if (o.children().isEmpty()) {
                return true;
            }
            boolean and = o.operand() == AstOperation.Operand.AND;
            for (AstNode child : o.children()) {
                if (matches(child, s, st) != and) {
                    return !and;
                }
            }
            return and;
        }
        AstCondition c = (AstCondition) n;
        CatalogueKey key = CatalogueKey.of(c.key()).orElseThrow();
        return switch (key) {
            case GENDER -> text(c, key, s.sex());
            case DIAGNOSIS -> text(c, key, s.diagnosis());
            case MODALITY -> text(c, key, st.modality());
            case BODY_PART -> text(c, key, st.bodyPart());
            case MANUFACTURER -> text(c, key, st.manufacturer());
            case AGE_AT_DIAGNOSIS -> number(c, s.age());
            case YEAR_OF_DIAGNOSIS -> number(c, s.year());
        };
    }

    private static boolean text(AstCondition c, CatalogueKey key, String actual) {
        List<String> codes =
                c.value() instanceof AstValue.Texts t ? t.values() : List.of(((AstValue.Text) c.value()).value());
        boolean in = codes.stream()
                .anyMatch(code -> key.plainValue(code).orElseThrow().equals(actual));
        return c.type() == ConditionType.NOT_EQUALS ? !in : in;
    }

    private static boolean number(AstCondition c, int actual) {
        BigDecimal v = BigDecimal.valueOf(actual);
        if (c.value() instanceof AstValue.Number n) {
            int cmp = v.compareTo(n.value());
            return switch (c.type()) {
                case EQUALS -> cmp == 0;
                case NOT_EQUALS -> cmp != 0;
                case LOWER_THAN -> cmp < 0;
                case GREATER_THAN -> cmp > 0;
                default -> throw new IllegalArgumentException(c.toString());
            };
        }
        AstValue.NumRange r = (AstValue.NumRange) c.value();
        BigDecimal min = r.min();
        BigDecimal max = r.max();
        if (min != null && max != null && max.signum() == 0 && min.signum() > 0) {
            max = null; // Lens 0.4's "≥ min"
        }
        return (min == null || v.compareTo(min) >= 0) && (max == null || v.compareTo(max) <= 0);
    }

    /**
     * A random tree: an OR of one to three AND groups (Lens's query rows) of one to four criteria, each an OR of
     * EQUALS conditions, an IN, a NOT_EQUALS, a range with both ends, one end or Lens 0.4's open end, or a strict
     * comparison; sometimes nested one level deeper. Values are the catalogue's codes where it has them.
     */
    static AstOperation randomTree(Random r) {
        List<AstNode> groups = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int g = 0; g < n; g++) {
            List<AstNode> criteria = new ArrayList<>();
            int m = 1 + r.nextInt(4);
            for (int i = 0; i < m; i++) {
                criteria.add(r.nextInt(8) == 0 ? randomTree(r) : criterion(r));
            }
            groups.add(AstOperation.and(criteria));
        }
        return AstOperation.or(groups);
    }

    private static AstNode criterion(Random r) {
        CatalogueKey key = CatalogueKey.values()[r.nextInt(CatalogueKey.values().length)];
        return switch (key) {
            case AGE_AT_DIAGNOSIS -> number(r, key, 20, 90);
            case YEAR_OF_DIAGNOSIS -> number(r, key, 1998, 2024);
            default -> coded(r, key);
        };
    }

    private static AstNode coded(Random r, CatalogueKey key) {
        List<String> values = new ArrayList<>(key.plainValues());
        if (key == CatalogueKey.MANUFACTURER) {
            values.add("birnlex_3066"); // Siemens' second code
        }
        Collections.shuffle(values, r);
        List<String> codes = values.subList(0, 1 + r.nextInt(Math.min(3, values.size()))).stream()
                .map(key::code)
                .toList();
        return switch (r.nextInt(4)) {
            case 0 -> new AstCondition(key.key(), ConditionType.IN, new AstValue.Texts(codes), key.system());
            case 1 ->
                new AstCondition(key.key(), ConditionType.NOT_EQUALS, new AstValue.Text(codes.get(0)), key.system());
            default ->
                AstOperation.or(codes.stream()
                        .map(c -> (AstNode)
                                new AstCondition(key.key(), ConditionType.EQUALS, new AstValue.Text(c), key.system()))
                        .toList());
        };
    }

    private static AstNode number(Random r, CatalogueKey key, int low, int high) {
        int a = low + r.nextInt(high - low);
        int b = a + r.nextInt(high - a + 1);
        AstValue value;
        ConditionType type = ConditionType.BETWEEN;
        switch (r.nextInt(6)) {
            case 0 -> value = AstValue.NumRange.of(a, null);
            case 1 -> value = AstValue.NumRange.of(null, b);
            case 2 -> value = AstValue.NumRange.of(a, 0); // Lens 0.4: "≥ a"
            case 3 -> {
                type = r.nextBoolean() ? ConditionType.LOWER_THAN : ConditionType.GREATER_THAN;
                value = AstValue.Number.of(a);
            }
            default -> value = AstValue.NumRange.of(a, b);
        }
        return AstOperation.or(List.of(new AstCondition(key.key(), type, value, key.system())));
    }
}
