package eu.eucaim.workstation.node.emx2;

import java.util.List;
import java.util.Locale;

/**
 * The EMX2 column types the EUCAIM model uses, with what EMX2 derives from each: its base type, whether it holds a
 * list, whether it references another table, and the filter operators its GraphQL filter input offers (molgenis-emx2
 * {@code ColumnType} and {@code Constants.*_OPERATORS}).
 */
public enum ColumnType {
    BOOL(Base.BOOL, false, Ops.EQUALITY),
    STRING(Base.STRING, false, Ops.STRING),
    STRING_ARRAY(Base.STRING, true, Ops.STRING_ARRAY),
    TEXT(Base.TEXT, false, Ops.STRING),
    TEXT_ARRAY(Base.TEXT, true, Ops.STRING_ARRAY),
    INT(Base.INT, false, Ops.ORDINAL),
    INT_ARRAY(Base.INT, true, Ops.ORDINAL_ARRAY),
    DECIMAL(Base.DECIMAL, false, Ops.ORDINAL),
    DATE(Base.DATE, false, Ops.ORDINAL),
    DATETIME(Base.DATETIME, false, Ops.ORDINAL),
    PERIOD(Base.PERIOD, false, Ops.ORDINAL),
    EMAIL(Base.STRING, false, Ops.STRING),
    EMAIL_ARRAY(Base.STRING, true, Ops.STRING_ARRAY),
    HYPERLINK(Base.STRING, false, Ops.STRING),
    HYPERLINK_ARRAY(Base.STRING, true, Ops.STRING_ARRAY),
    REF(Base.REF, false, List.of("match_any", "equals", "is_null")),
    REF_ARRAY(Base.REF, true, List.of("match_any", "match_all", "equals", "is_null")),
    REFBACK(Base.REF, true, List.of("match_any", "match_all", "equals", "is_null")),
    ONTOLOGY(Base.REF, false, List.of()),
    ONTOLOGY_ARRAY(Base.REF, true, List.of());

    /** What a value is stored as, for GraphQL scalars and comparison. */
    enum Base {
        BOOL,
        STRING,
        TEXT,
        INT,
        DECIMAL,
        DATE,
        DATETIME,
        PERIOD,
        REF
    }

    private final Base base;
    private final boolean array;
    private final List<String> operators;

    ColumnType(Base base, boolean array, List<String> operators) {
        this.base = base;
        this.array = array;
        this.operators = operators;
    }

    Base base() {
        return base;
    }

    public boolean isArray() {
        return array;
    }

    public boolean isReference() {
        return base == Base.REF;
    }

    public boolean isOntology() {
        return this == ONTOLOGY || this == ONTOLOGY_ARRAY;
    }

    /** The operators of this type's filter input (e.g. {@code MolgenisStringFilter}); none for references. */
    List<String> operators() {
        return operators;
    }

    /** The type as the model's {@code columnType} cell spells it: "ontology_array". */
    public static ColumnType of(String cell) {
        if (cell == null || cell.isBlank()) {
            return STRING; // EMX2's default
        }
        return valueOf(cell.strip().toUpperCase(Locale.ROOT));
    }

    private static final class Ops {
        static final List<String> EQUALITY = List.of("equals", "not_equals", "is_null", "match_any");
        static final List<String> ORDINAL =
                List.of("equals", "not_equals", "match_any", "between", "not_between", "is_null");
        static final List<String> ORDINAL_ARRAY =
                List.of("equals", "not_equals", "match_any", "between", "not_between", "is_null", "match_all");
        static final List<String> STRING = List.of(
                "equals", "not_equals", "like", "not_like", "trigram_search", "text_search", "is_null", "match_any");
        static final List<String> STRING_ARRAY = List.of(
                "equals",
                "not_equals",
                "like",
                "not_like",
                "trigram_search",
                "text_search",
                "is_null",
                "match_any",
                "match_all");

        private Ops() {}
    }
}
