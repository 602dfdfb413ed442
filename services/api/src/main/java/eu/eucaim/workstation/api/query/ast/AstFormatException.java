package eu.eucaim.workstation.api.query.ast;

/**
 * A text that is not a focus AST: not JSON, or JSON of another shape. The message names where in the document the
 * problem is ({@code ast.children[0].type}) and what was expected there.
 */
public final class AstFormatException extends IllegalArgumentException {
    private final String path;

    public AstFormatException(String path, String message) {
        super(path.isEmpty() ? message : path + ": " + message);
        this.path = path;
    }

    /** Where the problem is, e.g. {@code ast.children[0].value}; empty for the document as a whole. */
    public String path() {
        return path;
    }
}
