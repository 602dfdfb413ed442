package eu.eucaim.workstation.node.query;

import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiRoute;
import java.util.List;
import javax.sql.DataSource;

/** The EUCAIM federated search provider API over the node's synthetic cohort; signed-in users only. */
public final class FederatedSearchRoutes {
    public static final String PATH = "/api/federated-search";

    private final CohortSearch search;

    private FederatedSearchRoutes(CohortSearch search) {
        this.search = search;
    }

    /** Reads nothing yet: see {@link #started()}. */
    public static FederatedSearchRoutes open(DataSource db) {
        return new FederatedSearchRoutes(new CohortSearch(db));
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get(PATH, Access.SIGNED_IN, (ctx, caller) -> {
            ctx.header("Cache-Control", "no-store");
            ctx.json(search.search(CohortQueryParser.parse(ctx.queryParamMap())));
        }));
    }

    /** The node listens: read the cohort in the background now, so that the first search finds it (nearly) ready. */
    public void started() {
        search.startLoading();
    }
}
