package eu.eucaim.workstation.node.query;

import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiRoute;

import javax.sql.DataSource;
import java.util.List;

/** The EUCAIM federated search provider API over the node's synthetic cohort; signed-in users only. */
public final class FederatedSearchRoutes {
    public static final String PATH = "/api/federated-search";

    private FederatedSearchRoutes() {
    }

    public static List<ApiRoute> of(DataSource db) {
        CohortSearch search = new CohortSearch(db);
        return List.of(ApiRoute.get(PATH, Access.SIGNED_IN, ctx -> {
            ctx.header("Cache-Control", "no-store");
            ctx.json(search.search(CohortQueryParser.parse(ctx.queryParamMap())));
        }));
    }
}
