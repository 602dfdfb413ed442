package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.Caller;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * WADO-RS frames (PS3.18 10.4.1.1.3, 8.7.3.5): {@code …/instances/{i}/frames/1,2,…} as one multipart body, a part
 * per frame. What the Accept header asks decides the bytes, for the first of its ranges the node can make:
 * <ul>
 *   <li>{@code transfer-syntax=*} (OHIF sends {@code multipart/related; type="application/octet-stream";
 *       transfer-syntax=*}) or the stored syntax's UID: as stored, native samples or a compressed frame;</li>
 *   <li>no transfer syntax, or {@code 1.2.840.10008.1.2.1}: native samples, explicit VR little endian (compressed
 *       frames decoded by the DICOM core), {@code application/octet-stream} only;</li>
 *   <li>anything else: 406.</li>
 * </ul>
 * Each part's Content-Type names its syntax ({@code application/octet-stream; transfer-syntax=…}).
 */
final class FrameReply {
    private final DicomWeb web;

    FrameReply(DicomWeb web) {
        this.web = web;
    }

    /** How frames go out: as stored or as explicit VR little endian, with the parts' media type. */
    private record Choice(boolean stored, String partType) {}

    void send(Context ctx, Caller caller) throws IOException, DicomParseException {
        String study = ctx.pathParam("study");
        StudyOwner owner = web.require(caller, study, ImageUse.VIEW);
        StoredInstance instance = WadoRoutes.instance(web, ctx);
        List<Integer> numbers = frameNumbers(ctx.pathParam("frames"));
        Choice choice = choose(ctx.header("Accept"), instance.transferSyntaxUid());
        FrameData frames = FrameData.open(web.store().file(instance), instance.transferSyntaxUid());
        for (int n : numbers) {
            if (n > frames.frameCount()) {
                throw ApiException.notFound("Frame " + n + " is outside 1.." + frames.frameCount() + " of instance "
                        + instance.sopInstanceUid());
            }
        }
        String syntax = choice.stored() ? instance.transferSyntaxUid() : TransferSyntax.EXPLICIT_VR_LE_UID;
        MultipartWriter parts = new MultipartWriter(ctx.res().getOutputStream());
        ctx.contentType(parts.contentType(choice.partType()));
        if (DicomWeb.isHead(ctx)) {
            return;
        }
        try {
            for (int n : numbers) {
                byte[] bytes = choice.stored() ? frames.stored(n - 1) : frames.nativeLittleEndian(n - 1);
                parts.part(choice.partType() + "; transfer-syntax=" + syntax, bytes);
            }
            parts.finish();
        } finally {
            web.logRetrieval(caller, owner, study, instance.seriesInstanceUid(), ImageUse.VIEW, parts.written());
        }
    }

    /** "1,3,5" → [1, 3, 5]; 400 for anything but positive integers separated by commas. */
    static List<Integer> frameNumbers(String list) {
        List<Integer> out = new ArrayList<>();
        for (String s : list.split(",", -1)) {
            try {
                int n = Integer.parseInt(s.strip());
                if (n >= 1) {
                    out.add(n);
                    continue;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw ApiException.badRequest(
                    "Frame list '" + list + "' is not frame numbers (from 1) separated by commas");
        }
        return out;
    }

    private static Choice choose(String accept, String stored) {
        List<String> refused = new ArrayList<>();
        for (MediaRange r : MediaRange.parseAll(accept)) {
            String ts = r.param("transfer-syntax");
            String type = r.param("type");
            boolean multipart = r.admits("multipart/related");
            String partType = type == null ? "application/octet-stream" : type.toLowerCase(java.util.Locale.ROOT);
            if (multipart) {
                if ("*".equals(ts) || stored.equals(ts)) {
                    return new Choice(true, partType);
                }
                if ((ts == null || ts.equals(TransferSyntax.EXPLICIT_VR_LE_UID))
                        && partType.equals("application/octet-stream")) {
                    return new Choice(false, partType);
                }
            }
            refused.add(
                    r.type() + (type == null ? "" : "; type=" + type) + (ts == null ? "" : "; transfer-syntax=" + ts));
        }
        throw new ApiException(
                406,
                "not_acceptable",
                "The node sends frames as multipart/related; type=\"application/octet-stream\" either as stored ("
                        + TransferSyntax.describe(stored) + ": transfer-syntax=* or " + stored
                        + ") or as explicit VR little endian (no transfer-syntax, or "
                        + TransferSyntax.EXPLICIT_VR_LE_UID + "); not " + String.join(", ", refused));
    }
}
