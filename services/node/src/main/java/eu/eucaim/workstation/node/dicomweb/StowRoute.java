package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.json.BulkDataMode;
import eu.eucaim.workstation.dicom.json.DicomJsonWriter;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.Caller;
import eu.eucaim.workstation.node.http.RequestBody;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * STOW-RS (PS3.18 10.5): {@code multipart/related; type="application/dicom"} bodies from a data steward or an admin,
 * read part by part, each part to a temporary file of the store and then stored (a Part 10 file with its UIDs; to
 * {@code /studies/{study}} only instances of that study). Stored studies are unpublished: they belong to the
 * uploader ({@code caller.account()}) until a steward publishes them into a dataset.
 *
 * <p>The reply (PS3.18 10.5.3) lists the stored instances in Referenced SOP Sequence (0008,1199) and the others in
 * Failed SOP Sequence (0008,1198) with a Failure Reason (0008,1197): 200 when all were stored, 202 when some
 * failed, 409 when none was stored. An instance whose SOP Instance UID is already stored is kept as first stored,
 * as Orthanc does, and listed as stored when the caller may see that study; otherwise it fails (0x0110).
 */
final class StowRoute {
    private static final Logger LOG = LoggerFactory.getLogger(StowRoute.class);
    /** The largest STOW-RS body: a large CT study in one request. */
    static final long MAX_BODY = 2L << 30;

    private static final int RetrieveURL = 0x00081190;
    private static final int FailedSOPSequence = 0x00081198;
    private static final int ReferencedSOPSequence = 0x00081199;
    private static final int ReferencedSOPClassUID = 0x00081150;
    private static final int ReferencedSOPInstanceUID = 0x00081155;
    private static final int FailureReason = 0x00081197;

    private final DicomWeb web;

    StowRoute(DicomWeb web) {
        this.web = web;
    }

    ApiRoute route(String path) {
        return ApiRoute.post(
                path,
                Access.SIGNED_IN,
                new RequestBody(List.of("multipart/related"), MAX_BODY),
                (ctx, caller) -> store(ctx, caller, path.endsWith("{study}") ? ctx.pathParam("study") : null));
    }

    private void store(Context ctx, Caller caller, String study) throws IOException {
        if (!caller.has(Role.DATA_STEWARD) && !caller.has(Role.ADMIN)) {
            throw new ApiException(403, "forbidden", "Storing images needs the role data_steward or admin");
        }
        MediaRange body = MediaRange.parse(ctx.contentType());
        String type = body.param("type");
        if (type != null && !type.equalsIgnoreCase(WadoRoutes.DICOM)) {
            throw new ApiException(
                    415,
                    "unsupported_media_type",
                    "STOW-RS takes multipart/related; type=\"application/dicom\", not type=\"" + type + "\"");
        }
        String boundary = body.param("boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw ApiException.badRequest("The multipart/related Content-Type has no boundary");
        }
        StudyOwner owner = new StudyOwner(null, caller.account());
        DicomStore store = web.store();
        List<Dataset> referenced = new ArrayList<>();
        List<Dataset> failed = new ArrayList<>();
        Set<String> studies = new LinkedHashSet<>();
        String base = DicomWeb.base(ctx);
        MultipartReader reader = new MultipartReader(ctx.req().getInputStream(), boundary);
        try {
            for (MultipartReader.Part part = reader.next(); part != null; part = reader.next()) {
                String partType = part.contentType() == null
                        ? WadoRoutes.DICOM
                        : MediaRange.parse(part.contentType()).type();
                if (!partType.equals(WadoRoutes.DICOM)) {
                    part.body().transferTo(OutputStream.nullOutputStream());
                    failed.add(failure(null, null, DicomStore.CANNOT_UNDERSTAND));
                    LOG.info("STOW-RS part refused: Content-Type {} is not application/dicom", part.contentType());
                    continue;
                }
                Path tmp = Files.createTempFile(store.incoming(), "stow-", ".part");
                try {
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        part.body().transferTo(out);
                    }
                    DicomStore.Outcome o = store.store(tmp, owner, study);
                    if (o instanceof DicomStore.Outcome.Stored st) {
                        referenced.add(reference(st.instance(), base));
                        studies.add(st.instance().studyInstanceUid());
                    } else if (o instanceof DicomStore.Outcome.AlreadyStored a
                            && web.allows(caller, a.existing().owner(), ImageUse.SEARCH)) {
                        referenced.add(reference(a.existing(), base));
                        studies.add(a.existing().studyInstanceUid());
                    } else if (o instanceof DicomStore.Outcome.AlreadyStored a) {
                        failed.add(failure(
                                a.existing().sopClassUid(),
                                a.existing().sopInstanceUid(),
                                DicomStore.PROCESSING_FAILURE));
                    } else if (o instanceof DicomStore.Outcome.Refused r) {
                        failed.add(failure(r.sopClassUid(), r.sopInstanceUid(), r.failureReason()));
                        LOG.info("STOW-RS instance {} refused: {}", r.sopInstanceUid(), r.why());
                    }
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (MultipartReader.MalformedMultipartException e) {
            throw ApiException.badRequest("The multipart/related body is malformed: " + e.getMessage());
        }
        Dataset reply = new Dataset();
        if (studies.size() == 1) {
            reply.put(
                    RetrieveURL, VR.UR, base + "/studies/" + studies.iterator().next());
        }
        if (!failed.isEmpty()) {
            reply.putSequence(FailedSOPSequence, failed);
        }
        if (!referenced.isEmpty()) {
            reply.putSequence(ReferencedSOPSequence, referenced);
        }
        int status = failed.isEmpty() ? 200 : referenced.isEmpty() ? 409 : 202;
        ctx.status(status).contentType(QidoRoutes.DICOM_JSON);
        new DicomJsonWriter(BulkDataMode.OMIT, false).write(reply, ctx.res().getOutputStream());
    }

    private static Dataset reference(StoredInstance i, String base) {
        Dataset item = new Dataset();
        item.put(ReferencedSOPClassUID, VR.UI, i.sopClassUid());
        item.put(ReferencedSOPInstanceUID, VR.UI, i.sopInstanceUid());
        item.put(
                RetrieveURL,
                VR.UR,
                base + "/studies/" + i.studyInstanceUid() + "/series/" + i.seriesInstanceUid() + "/instances/"
                        + i.sopInstanceUid());
        return item;
    }

    private static Dataset failure(String sopClass, String sop, int reason) {
        Dataset item = new Dataset();
        putUid(item, ReferencedSOPClassUID, sopClass);
        putUid(item, ReferencedSOPInstanceUID, sop);
        item.put(FailureReason, VR.US, reason);
        return item;
    }

    /** A UID, or the element empty when the part had none to read. */
    private static void putUid(Dataset item, int tag, String uid) {
        if (uid == null) {
            item.put(new Element(tag, VR.UI, Element.EMPTY));
        } else {
            item.put(tag, VR.UI, uid);
        }
    }
}
