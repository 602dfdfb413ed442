package eu.eucaim.workstation.node.dicomweb;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import eu.eucaim.workstation.dicom.json.BulkDataMode;
import eu.eucaim.workstation.dicom.json.DicomJsonWriter;
import eu.eucaim.workstation.node.dicomweb.QidoAttribute.Level;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.Caller;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

/**
 * QIDO-RS (PS3.18 10.6): studies, series and instances, at the root or within a study or series, answered from the
 * index as {@code application/dicom+json} (an empty array when nothing matches, as Orthanc answers). Only studies
 * the caller may {@link ImageUse#SEARCH} are listed, and {@code offset}/{@code limit} count those.
 */
final class QidoRoutes {
    static final String DICOM_JSON = "application/dicom+json";
    private static final JsonFactory JSON = new JsonFactory();

    private final DicomWeb web;
    private final QidoSearch search;

    QidoRoutes(DicomWeb web) {
        this.web = web;
        this.search = new QidoSearch(web.store().dataSource());
    }

    List<ApiRoute> routes() {
        String r = DicomWeb.ROOT;
        return List.of(
                ApiRoute.get(r + "/studies", Access.SIGNED_IN, (ctx, c) -> answer(ctx, c, Level.STUDY, null, null)),
                ApiRoute.get(r + "/series", Access.SIGNED_IN, (ctx, c) -> answer(ctx, c, Level.SERIES, null, null)),
                ApiRoute.get(
                        r + "/instances", Access.SIGNED_IN, (ctx, c) -> answer(ctx, c, Level.INSTANCE, null, null)),
                ApiRoute.get(
                        r + "/studies/{study}/series",
                        Access.SIGNED_IN,
                        (ctx, c) -> answer(ctx, c, Level.SERIES, ctx.pathParam("study"), null)),
                ApiRoute.get(
                        r + "/studies/{study}/instances",
                        Access.SIGNED_IN,
                        (ctx, c) -> answer(ctx, c, Level.INSTANCE, ctx.pathParam("study"), null)),
                ApiRoute.get(
                        r + "/studies/{study}/series/{series}/instances",
                        Access.SIGNED_IN,
                        (ctx, c) -> answer(ctx, c, Level.INSTANCE, ctx.pathParam("study"), ctx.pathParam("series"))));
    }

    private void answer(Context ctx, Caller caller, Level level, String study, String series) throws IOException {
        web.requireReady();
        QidoQuery q = QidoQuery.parse(level, ctx.queryParamMap());
        if (study != null) {
            web.require(caller, study, ImageUse.SEARCH); // 404 for an unknown study, 403 for one refused
        }
        List<QidoSearch.Row> rows = search.search(q, study, series, o -> web.allows(caller, o, ImageUse.SEARCH));
        Set<QidoAttribute> attributes = QidoJson.returned(q, study != null, series != null);
        ctx.contentType(DICOM_JSON);
        if (DicomWeb.isHead(ctx)) {
            return;
        }
        String base = DicomWeb.base(ctx);
        DicomJsonWriter writer = new DicomJsonWriter(BulkDataMode.OMIT, false);
        OutputStream out = ctx.res().getOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (QidoSearch.Row row : rows) {
                writer.write(g, QidoJson.dataset(row, level, attributes, base));
            }
            g.writeEndArray();
        }
    }
}
