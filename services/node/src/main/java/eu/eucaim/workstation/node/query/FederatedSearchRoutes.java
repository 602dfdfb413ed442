package eu.eucaim.workstation.node.query;

import eu.eucaim.workstation.api.query.ast.AstFormatException;
import eu.eucaim.workstation.api.query.ast.AstJson;
import eu.eucaim.workstation.api.query.ast.AstRequest;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.RequestBody;
import eu.eucaim.workstation.node.storage.BackgroundStep;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The EUCAIM federated search provider API over the node's synthetic cohort, signed-in users only: the GET that focus
 * sends in its {@code eucaim_api} form (query parameters) and the POST of the whole AST (docs/query.md).
 */
public final class FederatedSearchRoutes {
    public static final String PATH = "/api/federated-search";
    static final Duration INDEX_DELAY = Duration.ofSeconds(3);
    /** Far more than any query a person builds (the explorer's largest is a few kilobytes). */
    static final long MAX_AST_BYTES = 256 * 1024;

    private final CohortSearch search;

    private FederatedSearchRoutes(CohortSearch search) {
        this.search = search;
    }

    /** Reads nothing yet: see {@link #started()}. */
    public static FederatedSearchRoutes open(DataSource db) {
        return open(db, BackgroundStep.done("the cohort"));
    }

    /** Searches wait for {@code cohortRows}, which a first start writes after the node listens. */
    public static FederatedSearchRoutes open(DataSource db, BackgroundStep cohortRows) {
        return new FederatedSearchRoutes(new CohortSearch(db, cohortRows));
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get(PATH, Access.SIGNED_IN, (ctx, caller) -> {
                    ctx.header("Cache-Control", "no-store");
                    ctx.json(search.search(CohortQueryParser.parse(ctx.queryParamMap())));
                }),
                ApiRoute.post(PATH, Access.SIGNED_IN, RequestBody.json(MAX_AST_BYTES), (ctx, caller) -> {
                    ctx.header("Cache-Control", "no-store");
                    AstRequest request = read(ctx);
                    try {
                        ctx.json(search.search(request.ast()));
                    } catch (AstRejected e) {
                        ctx.status(422).json(e.body());
                    }
                }));
    }

    /**
     * The body focus POSTs to a provider (its "query mediator" form, src/intermediate_rep.rs): the pretty-printed
     * {@code {"ast": …, "id": …}}. Anything else is a 400 naming where it stops being an AST.
     */
    private static AstRequest read(Context ctx) {
        if (ctx.contentLength() == 0) {
            throw ApiException.badRequest("POST " + PATH + " takes a focus AST {\"ast\": {...}, \"id\": \"...\"}");
        }
        try {
            return AstJson.read(ctx.body());
        } catch (AstFormatException e) {
            throw ApiException.badRequest("The request body is not a focus AST: " + e.getMessage());
        }
    }

    /**
     * The node listens: read the cohort in the background a few seconds from now (or at the first search, if that
     * comes first), so that the first search finds it (nearly) ready and the catalogue's first answers, which a
     * starting app waits for, do not share the CPU with it.
     */
    public void started() {
        CompletableFuture.delayedExecutor(INDEX_DELAY.toMillis(), TimeUnit.MILLISECONDS)
                .execute(search::startLoading);
    }
}
