package eu.eucaim.workstation.node.query;

/**
 * A well-formed AST this node cannot answer truthfully: a key it does not know, a value of the wrong type for its key,
 * a comparison its key does not take, a code it does not know. {@code POST /api/federated-search} answers 422 naming
 * the key, as CHAIMELEON's provider did before it learnt to count such conditions as false: counting nothing (or
 * everything) for a typo would be a wrong answer that looks right.
 *
 * @see AstFilter
 */
final class AstRejected extends RuntimeException {
    /** The JSON body of the 422: {@code {"error": "unknown_key", "message": "...", "key": "SNOMEDCT1"}}. */
    record Body(String error, String message, String key) {}

    private final String error;
    private final String key;

    AstRejected(String error, String key, String message) {
        super(message);
        this.error = error;
        this.key = key;
    }

    Body body() {
        return new Body(error, getMessage(), key);
    }
}
