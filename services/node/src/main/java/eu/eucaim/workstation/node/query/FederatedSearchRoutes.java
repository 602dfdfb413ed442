package eu.eucaim.workstation.node.query;

import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.storage.BackgroundStep;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** The EUCAIM federated search provider API over the node's synthetic cohort; signed-in users only. */
public final class FederatedSearchRoutes {
    public static final String PATH = "/api/federated-search";
    static final Duration INDEX_DELAY = Duration.ofSeconds(3);

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
        return List.of(ApiRoute.get(PATH, Access.SIGNED_IN, (ctx, caller) -> {
            ctx.header("Cache-Control", "no-store");
            ctx.json(search.search(CohortQueryParser.parse(ctx.queryParamMap())));
        }));
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
