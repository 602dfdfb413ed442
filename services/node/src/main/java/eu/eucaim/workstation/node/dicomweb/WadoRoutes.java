package eu.eucaim.workstation.node.dicomweb;

import static eu.eucaim.workstation.node.dicomweb.ImageUse.RETRIEVE;
import static eu.eucaim.workstation.node.dicomweb.ImageUse.SEARCH;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.Caller;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * WADO-RS (PS3.18 10.4): metadata of a study, series or instance ({@code application/dicom+json}, pixel data left
 * out as Orthanc may, other values up to 1 MiB inline, plus Available Transfer Syntax UID (0008,3002) saying how
 * each instance is stored); instances, series and studies as {@code multipart/related; type="application/dicom"} in
 * their stored syntax, streamed file by file; and frames ({@link FrameReply}).
 */
final class WadoRoutes {
    static final String DICOM = "application/dicom";
    private static final JsonFactory JSON = new JsonFactory();
    private final DicomWeb web;
    private final DicomStore store;
    private final InstanceMetadata metadata;

    WadoRoutes(DicomWeb web) {
        this.web = web;
        this.store = web.store();
        this.metadata = new InstanceMetadata(store);
    }

    List<ApiRoute> routes() {
        String s = DicomWeb.ROOT + "/studies/{study}";
        String se = s + "/series/{series}";
        String i = se + "/instances/{instance}";
        return List.of(
                ApiRoute.get(s + "/metadata", Access.SIGNED_IN, (ctx, c) -> metadata(ctx, studyOf(ctx, c, SEARCH))),
                ApiRoute.get(se + "/metadata", Access.SIGNED_IN, (ctx, c) -> metadata(ctx, seriesOf(ctx, c, SEARCH))),
                ApiRoute.get(i + "/metadata", Access.SIGNED_IN, (ctx, c) -> metadata(ctx, instanceOf(ctx, c, SEARCH))),
                ApiRoute.get(s, Access.SIGNED_IN, (ctx, c) -> retrieve(ctx, c, studyOf(ctx, c, RETRIEVE))),
                ApiRoute.get(se, Access.SIGNED_IN, (ctx, c) -> retrieve(ctx, c, seriesOf(ctx, c, RETRIEVE))),
                ApiRoute.get(i, Access.SIGNED_IN, (ctx, c) -> retrieve(ctx, c, instanceOf(ctx, c, RETRIEVE))),
                ApiRoute.get(i + "/frames/{frames}", Access.SIGNED_IN, (ctx, c) -> new FrameReply(web).send(ctx, c)));
    }

    /** What a request names, with its owner, once the policy allowed the request's use of it. */
    record Target(String study, StudyOwner owner, List<StoredInstance> instances) {}

    /** The study's instances, for {@code use} (one look-up of its owner and one decision per request). */
    private Target studyOf(Context ctx, Caller caller, ImageUse use) {
        String study = ctx.pathParam("study");
        StudyOwner owner = web.require(caller, study, use);
        return new Target(study, owner, store.study(study));
    }

    private Target seriesOf(Context ctx, Caller caller, ImageUse use) {
        String study = ctx.pathParam("study");
        StudyOwner owner = web.require(caller, study, use);
        List<StoredInstance> in = store.series(study, ctx.pathParam("series"));
        if (in.isEmpty()) {
            throw ApiException.notFound("No series " + ctx.pathParam("series") + " in study " + study);
        }
        return new Target(study, owner, in);
    }

    /** The instance a path names, checked to be in its study and series; 404 otherwise. */
    static StoredInstance instance(DicomWeb web, Context ctx) {
        String study = ctx.pathParam("study");
        return web.store()
                .instance(ctx.pathParam("instance"))
                .filter(i -> i.studyInstanceUid().equals(study)
                        && i.seriesInstanceUid().equals(ctx.pathParam("series")))
                .orElseThrow(() -> ApiException.notFound("No instance " + ctx.pathParam("instance") + " in series "
                        + ctx.pathParam("series") + " of study " + study));
    }

    private Target instanceOf(Context ctx, Caller caller, ImageUse use) {
        String study = ctx.pathParam("study");
        StudyOwner owner = web.require(caller, study, use);
        return new Target(study, owner, List.of(instance(web, ctx)));
    }

    private void metadata(Context ctx, Target t) throws IOException {
        ctx.contentType(QidoRoutes.DICOM_JSON);
        if (DicomWeb.isHead(ctx)) {
            return;
        }
        OutputStream out = ctx.res().getOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (StoredInstance i : t.instances()) {
                g.writeRawValue(metadata.json(i));
            }
            g.writeEndArray();
        }
    }

    /**
     * The instances as stored, in one multipart body. The Accept header may ask for {@code application/dicom} parts
     * in any syntax ({@code *}, or none named) or in the one they are stored in; the node does not transcode whole
     * instances, so another syntax is 406. The target was found for {@code RETRIEVE}: the policy allowed it then.
     */
    private void retrieve(Context ctx, Caller caller, Target t) throws IOException {
        checkAccept(ctx, t.instances());
        MultipartWriter parts = new MultipartWriter(ctx.res().getOutputStream());
        ctx.contentType(parts.contentType(DICOM));
        if (DicomWeb.isHead(ctx)) {
            return;
        }
        long seriesStart = 0;
        String series = null;
        List<StoredInstance> in = t.instances();
        try {
            for (StoredInstance i : in) {
                if (series != null && !series.equals(i.seriesInstanceUid())) {
                    web.logRetrieval(
                            caller, t.owner(), t.study(), series, ImageUse.RETRIEVE, parts.written() - seriesStart);
                    seriesStart = parts.written();
                }
                series = i.seriesInstanceUid();
                parts.part(DICOM + "; transfer-syntax=" + i.transferSyntaxUid(), store.file(i));
            }
            parts.finish();
        } finally {
            if (series != null) {
                web.logRetrieval(
                        caller, t.owner(), t.study(), series, ImageUse.RETRIEVE, parts.written() - seriesStart);
            }
        }
    }

    private static void checkAccept(Context ctx, List<StoredInstance> instances) {
        List<String> refused = new ArrayList<>();
        for (MediaRange r : MediaRange.parseAll(ctx.header("Accept"))) {
            boolean multipart = r.type().equals("multipart/related") || r.admits("multipart/related");
            String type = r.param("type");
            String ts = r.param("transfer-syntax");
            if (multipart
                    && (type == null || type.equalsIgnoreCase(DICOM))
                    && (ts == null
                            || ts.equals("*")
                            || instances.stream()
                                    .allMatch(i -> i.transferSyntaxUid().equals(ts)))) {
                return;
            }
            refused.add(
                    r.type() + (type == null ? "" : "; type=" + type) + (ts == null ? "" : "; transfer-syntax=" + ts));
        }
        throw new ApiException(
                406,
                "not_acceptable",
                "The node sends instances as multipart/related; type=\"application/dicom\" in the syntax they are"
                        + " stored in ("
                        + String.join(
                                ", ",
                                instances.stream()
                                        .map(i -> TransferSyntax.describe(i.transferSyntaxUid()))
                                        .distinct()
                                        .toList())
                        + "), with transfer-syntax=* or that syntax; not " + String.join(", ", refused));
    }
}
