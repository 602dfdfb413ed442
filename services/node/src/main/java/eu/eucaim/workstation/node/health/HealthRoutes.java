package eu.eucaim.workstation.node.health;

import eu.eucaim.workstation.api.node.NodeInfo;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiRoute;
import java.util.List;

/** {@code GET /api/health}: the app polls it to show whether the node is online. */
public final class HealthRoutes {
    private HealthRoutes() {}

    public static List<ApiRoute> of(NodeInfo info) {
        return List.of(ApiRoute.get("/api/health", Access.PUBLIC, (ctx, caller) -> ctx.json(info)));
    }
}
