package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.Caller;
import eu.eucaim.workstation.node.storage.BackgroundStep;
import eu.eucaim.workstation.node.storage.StillPreparingException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The node's DICOMweb service under {@code /dicom-web}: its store, the demo publication, and the QIDO-RS, WADO-RS
 * and STOW-RS routes, all behind sign-in and the per-study {@link ImageAccessPolicy}; every image-data reply goes
 * to the {@link RetrievalLog}. docs/dicomweb.md says what is served and why.
 */
public final class DicomWeb implements AutoCloseable {
    public static final String ROOT = "/dicom-web";

    private final DicomStore store;
    private final ImageAccessPolicy policy;
    private final RetrievalLog log;
    private final DemoPublication publication;

    /**
     * @param storeRoot the store's folder, {@code <data folder>/dicom-store/seed-<seed>} (one per node database: the
     *                  index and the files belong together)
     * @param datasets  the catalogue's datasets, whose demo studies are published
     * @param policy    who may use which study how
     * @param log       where retrievals of image data are recorded
     */
    public DicomWeb(
            DataSource db,
            Path storeRoot,
            List<Dataset> datasets,
            int demoDatasetsPerAccessModel,
            ImageAccessPolicy policy,
            RetrievalLog log) {
        this.store = new DicomStore(db, storeRoot, Clock.systemUTC());
        this.store.removeLeftovers();
        this.policy = policy;
        this.log = log;
        this.publication = new DemoPublication(store, datasets, demoDatasetsPerAccessModel);
    }

    /** Starts publishing the demo studies in the background (once the node listens). */
    public void start() {
        publication.start();
    }

    /** Completes when the demo studies are published (exceptionally if that failed). */
    public java.util.concurrent.CompletableFuture<Void> demoPublished() {
        return publication.step().whenDone();
    }

    public DicomStore store() {
        return store;
    }

    public List<ApiRoute> routes() {
        List<ApiRoute> routes = new ArrayList<>();
        routes.addAll(new QidoRoutes(this).routes());
        routes.addAll(new WadoRoutes(this).routes());
        routes.addAll(new RenderedRoutes(this).routes());
        routes.add(new StowRoute(this).route(ROOT + "/studies"));
        routes.add(new StowRoute(this).route(ROOT + "/studies/{study}"));
        routes.add(ApiRoute.get(
                "/api/images/studies/{study}/access",
                eu.eucaim.workstation.node.http.Access.SIGNED_IN,
                (ctx, caller) -> ctx.json(access(caller, ctx.pathParam("study")))));
        return routes;
    }

    /**
     * What the caller may do with a study's images, and the dataset it is published in (null while unpublished): how
     * a client of this node learns a study's access model before it offers "Keep offline". 404 for an unknown study,
     * 403 with the reason for one the caller may not even find.
     */
    eu.eucaim.workstation.api.images.ImageAccess access(Caller caller, String studyUid) {
        StudyOwner owner = require(caller, studyUid, ImageUse.SEARCH);
        String reason = null;
        boolean[] allowed = new boolean[3];
        ImageUse[] uses = {ImageUse.SEARCH, ImageUse.VIEW, ImageUse.RETRIEVE};
        for (int i = 0; i < uses.length; i++) {
            java.util.Optional<String> why = policy.refusal(caller, owner, uses[i]);
            allowed[i] = why.isEmpty();
            if (reason == null && why.isPresent()) {
                reason = why.get();
            }
        }
        return new eu.eucaim.workstation.api.images.ImageAccess(
                owner.datasetId(), allowed[0], allowed[1], allowed[2], reason);
    }

    /** 503 with Retry-After while the demo studies are being published (the store is incomplete until then). */
    void requireReady() {
        BackgroundStep step = publication.step();
        if (!step.whenDone().isDone()) {
            throw new StillPreparingException("The node is still storing its demo images; try again shortly", null);
        }
    }

    /**
     * The owner of a study the caller may use as asked: 404 when the store has no such study, 403 with the policy's
     * reason when it refuses.
     */
    StudyOwner require(Caller caller, String studyUid, ImageUse use) {
        requireReady();
        StudyOwner owner = store.ownerOf(studyUid)
                .orElseThrow(() -> ApiException.notFound("No study " + studyUid + " on this node"));
        policy.refusal(caller, owner, use).ifPresent(why -> {
            throw new ApiException(403, "forbidden", why);
        });
        return owner;
    }

    boolean allows(Caller caller, StudyOwner owner, ImageUse use) {
        return policy.refusal(caller, owner, use).isEmpty();
    }

    void logRetrieval(Caller caller, StudyOwner owner, String study, String series, ImageUse use, long bytes) {
        log.record(caller, owner, study, series, use, bytes);
    }

    /** The absolute DICOMweb root as the client called it (its Host was checked: it is one of the node's names). */
    static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host() + ROOT;
    }

    /** A HEAD request gets the status and headers of its GET, without a body, and logs nothing. */
    static boolean isHead(Context ctx) {
        return ctx.method() == HandlerType.HEAD;
    }

    @Override
    public void close() {
        publication.close();
    }
}
