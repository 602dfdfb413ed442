package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.node.catalogue.CatalogueReadModel;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.JsonBody;
import eu.eucaim.workstation.node.http.ObjectRules;
import eu.eucaim.workstation.node.http.Reply;
import eu.eucaim.workstation.node.http.RequestBody;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small resource with every kind of object rule, for the role matrix until real features write: notes (created by
 * a signed-in user, seen by their parties, changed and deleted by their creator or an admin), a remark on a dataset
 * (by a representative of its biobank only) and an approval (admin only). Test code: the node serves none of it.
 */
final class NotesFixture {
    record Note(String id, String creator, String text, Set<String> biobanks) {}

    private final Map<String, Note> notes = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final CatalogueReadModel catalogue;

    NotesFixture(CatalogueReadModel catalogue) {
        this.catalogue = catalogue;
    }

    private Note visible(String id, eu.eucaim.workstation.node.http.Caller caller) {
        Note n = notes.get(id);
        if (n == null) {
            throw ApiException.notFound("No note with id '" + id + "'");
        }
        ObjectRules.requireVisible(caller, n.creator(), n.biobanks(), "note", id);
        return n;
    }

    private String biobank(String datasetId) {
        return catalogue.biobankOf(datasetId).orElseThrow(() -> ApiException.notFound("No dataset " + datasetId));
    }

    List<ApiRoute> routes() {
        RequestBody json = RequestBody.json(4096);
        return List.of(
                ApiRoute.create("/api/test/notes", Access.SIGNED_IN, json, (ctx, caller) -> {
                    Map<?, ?> body = JsonBody.read(ctx, Map.class);
                    Object dataset = body.get("datasetId");
                    Set<String> biobanks = dataset == null ? Set.of() : Set.of(biobank(dataset.toString()));
                    String id = "n" + ids.incrementAndGet();
                    notes.put(id, new Note(id, caller.account(), String.valueOf(body.get("text")), biobanks));
                    return Reply.created(URI.create("/api/test/notes/" + id), Map.of("id", id));
                }),
                ApiRoute.get("/api/test/notes/{id}", Access.SIGNED_IN, (ctx, caller) -> {
                    Note n = visible(ctx.pathParam("id"), caller);
                    ctx.json(Map.of("id", n.id(), "text", n.text()));
                }),
                ApiRoute.patch("/api/test/notes/{id}", Access.SIGNED_IN, json, (ctx, caller) -> {
                    Note n = visible(ctx.pathParam("id"), caller);
                    ObjectRules.requireCreatorOrAdmin(caller, n.creator(), "change this note");
                    Map<?, ?> body = JsonBody.read(ctx, Map.class);
                    notes.put(n.id(), new Note(n.id(), n.creator(), String.valueOf(body.get("text")), n.biobanks()));
                    ctx.json(Map.of("id", n.id()));
                }),
                ApiRoute.delete("/api/test/notes/{id}", Access.SIGNED_IN, (ctx, caller) -> {
                    Note n = visible(ctx.pathParam("id"), caller);
                    ObjectRules.requireCreatorOrAdmin(caller, n.creator(), "delete this note");
                    notes.remove(n.id());
                    ctx.status(204);
                }),
                ApiRoute.put("/api/test/datasets/{id}/remark", Access.SIGNED_IN, json, (ctx, caller) -> {
                    ObjectRules.requireRepresentative(caller, biobank(ctx.pathParam("id")), "remark on this dataset");
                    ctx.json(Map.of("dataset", ctx.pathParam("id")));
                }),
                ApiRoute.post("/api/test/approvals/{id}", Access.SIGNED_IN, RequestBody.NONE, (ctx, caller) -> {
                    ObjectRules.requireAdmin(caller, "approve a request");
                    ctx.json(Map.of("approved", ctx.pathParam("id")));
                }));
    }
}
