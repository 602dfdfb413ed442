package eu.eucaim.workstation.node.emx2;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * {@code GET /Eucaim/api/rdf/Collections?id=…}: one collection as Turtle, or JSON-LD for {@code Accept:
 * application/ld+json}. 400 without {@code id}, 404 for an id the catalogue does not have (EMX2's error body).
 */
final class Emx2RdfReply {
    private Emx2RdfReply() {}

    static void collection(Context ctx, Emx2Catalogue catalogue) throws Exception {
        String id = ctx.queryParam("id");
        if (id == null || id.isBlank()) {
            Emx2Routes.error(ctx, "Give the collection as ?id=<id>: the node serves one collection at a time");
            return;
        }
        Emx2Data data = catalogue.data();
        TableRows collections = data.table("collections");
        Map<String, Object> row = collections.byKey(id).orElse(null);
        if (row == null) {
            Emx2Routes.error(ctx, "No collection with id '" + id + "'");
            ctx.status(404);
            return;
        }
        String base = ctx.scheme() + "://" + ctx.host();
        Model model = new Emx2Rdf(data.model(), base).row(collections.table(), row);
        String accept = ctx.header("Accept");
        boolean jsonLd = accept != null && accept.contains("application/ld+json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, jsonLd ? Lang.JSONLD : Lang.TURTLE);
        ctx.status(200)
                .contentType(jsonLd ? "application/ld+json" : "text/turtle")
                .result(out.toByteArray());
    }
}
