package eu.eucaim.workstation.api.query.ast;

import java.util.Objects;

/**
 * A leaf: {@code {"key": "RID10311", "type": "EQUALS", "value": "RID10312", "system": "urn:oid:…"}}.
 *
 * @param key    the filter catalogue's key of the criterion (e.g. {@code SNOMEDCT263495000}, gender)
 * @param type   how the value is compared
 * @param value  what the criterion's value is compared with
 * @param system the coding system Lens names (its catalogue's {@code system}); null when absent. Focus itself
 *               reads past it and never forwards it, so no provider may depend on it.
 */
public record AstCondition(String key, ConditionType type, AstValue value, String system) implements AstNode {
    public AstCondition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** Focus's {@code ConditionType}, written in SCREAMING_SNAKE_CASE as here. */
    public enum ConditionType {
        EQUALS,
        NOT_EQUALS,
        IN,
        BETWEEN,
        LOWER_THAN,
        GREATER_THAN,
        CONTAINS
    }
}
