package eu.eucaim.workstation.node.catalogue;

import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiRoute;
import java.util.List;

/** The public catalogue endpoints (anonymous access, as on the EUCAIM dashboard). */
public final class CatalogueRoutes {
    private CatalogueRoutes() {}

    public static List<ApiRoute> of(CatalogueReadModel model) {
        return List.of(
                ApiRoute.get(
                        "/api/catalogue/datasets",
                        Access.PUBLIC,
                        (ctx, caller) ->
                                ctx.json(model.current().search(DatasetQueryParser.parse(ctx.queryParamMap())))),
                ApiRoute.get("/api/catalogue/datasets/{id}", Access.PUBLIC, (ctx, caller) -> {
                    String id = ctx.pathParam("id");
                    ctx.json(model.current()
                            .dataset(id)
                            .orElseThrow(() -> ApiException.notFound("No dataset with id '" + id + "'")));
                }),
                ApiRoute.get(
                        "/api/catalogue/networks",
                        Access.PUBLIC,
                        (ctx, caller) -> ctx.json(model.current().networks())),
                ApiRoute.get(
                        "/api/catalogue/summary",
                        Access.PUBLIC,
                        (ctx, caller) -> ctx.json(model.current().summary())));
    }
}
