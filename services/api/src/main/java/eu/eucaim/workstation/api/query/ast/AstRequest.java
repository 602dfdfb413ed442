package eu.eucaim.workstation.api.query.ast;

import java.util.Objects;

/**
 * What Lens puts in a query and focus POSTs to a provider: {@code {"ast": {...}, "id": "<uuid>"}} (focus's
 * {@code Ast}). Lens's ids look like {@code <uuid>__search__<uuid>}; any string is taken.
 */
public record AstRequest(AstOperation ast, String id) {
    public AstRequest {
        Objects.requireNonNull(ast, "ast");
        Objects.requireNonNull(id, "id");
    }
}
