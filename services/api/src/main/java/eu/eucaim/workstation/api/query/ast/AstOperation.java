package eu.eucaim.workstation.api.query.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code {"operand": "AND"|"OR", "children": [...]}}. An operation without children restricts nothing (Lens sends
 * {@code {"operand":"OR","children":[]}} for the empty query), whatever its operand.
 */
public record AstOperation(Operand operand, List<AstNode> children) implements AstNode {
    public AstOperation {
        Objects.requireNonNull(operand, "operand");
        children = List.copyOf(children);
    }

    public static AstOperation and(List<? extends AstNode> children) {
        return new AstOperation(Operand.AND, List.copyOf(children));
    }

    public static AstOperation or(List<? extends AstNode> children) {
        return new AstOperation(Operand.OR, List.copyOf(children));
    }

    /** Focus's {@code Operand}, written in upper case. */
    public enum Operand {
        AND,
        OR
    }
}
