package eu.eucaim.workstation.node.catalogue;

/** The list-valued dataset fields, as stored in {@code dataset_term.kind}. */
public enum TermKind {
    ACCESS_CONDITION("access_condition"),
    BIRTH_SEX("birth_sex"),
    CONDITION("condition"),
    MODALITY("modality"),
    MANUFACTURER("manufacturer"),
    BODY_PART("body_part"),
    KEYWORD("keyword"),
    ANNOTATION_LABEL("annotation_label");

    private final String column;

    TermKind(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    public static TermKind ofColumn(String value) {
        for (TermKind k : values()) {
            if (k.column.equals(value)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown dataset_term.kind '" + value + "'");
    }
}
