package eu.eucaim.workstation.api.query.ast;

/**
 * A node of the federated query's abstract syntax tree, as samply/focus {@code src/ast.rs} defines it (its
 * {@code Child}): an {@link AstOperation} (AND/OR of children) or an {@link AstCondition} (a leaf). On the wire the
 * two are told apart by their fields ({@code operand} or {@code key}), as serde's untagged enum does.
 */
public sealed interface AstNode permits AstOperation, AstCondition {}
