package eu.eucaim.workstation.node.samples;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.node.catalogue.CatalogueReadModel;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiRoute;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Sample images of the demo datasets: the listing (with {@code preparing: true} and Retry-After while the node
 * generates them after the first request) and the files. Both are {@link Access#PUBLIC}: they are a
 * preview of public catalogue entries and entirely synthetic (no person's data), like the catalogue itself, so
 * they open without signing in. Real image sources (DICOMweb, XNAT) stay behind sign-in.
 */
public final class SampleRoutes {
    static final String DICOM = "application/dicom";
    static final String RETRY_AFTER_SECONDS = "1";

    private SampleRoutes() {}

    public static List<ApiRoute> of(CatalogueReadModel catalogue, DatasetSampleStores stores) {
        return List.of(
                ApiRoute.get("/api/catalogue/datasets/{id}/samples", Access.PUBLIC, (ctx, caller) -> {
                    Dataset d = dataset(catalogue, ctx.pathParam("id"));
                    Optional<SampleStore> store = stores.of(d);
                    if (store.isEmpty()) {
                        ctx.json(new SampleImages(d.id(), false, List.of()));
                        return;
                    }
                    Optional<List<SampleImages.SampleStudy>> studies =
                            store.get().studies();
                    if (studies.isEmpty()) {
                        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                    }
                    ctx.json(new SampleImages(d.id(), studies.isEmpty(), studies.orElse(List.of())));
                }),
                ApiRoute.get("/api/catalogue/datasets/{id}/samples/files/<path>", Access.PUBLIC, (ctx, caller) -> {
                    Dataset d = dataset(catalogue, ctx.pathParam("id"));
                    String path = ctx.pathParam("path");
                    Optional<SampleStore> store = stores.of(d);
                    Optional<SampleStore.Located> f =
                            store.isPresent() ? store.get().locate(path) : Optional.empty();
                    if (f.isEmpty()) {
                        throw ApiException.notFound("Dataset '" + d.id() + "' has no sample file '" + path + "'");
                    }
                    send(ctx, f.get());
                }));
    }

    /**
     * Whether the dataset offers sample images: each downloadable dataset its own, made to fit its record
     * ({@link DatasetSampleStores#samplesOf}).
     */
    public static boolean hasSamples(Dataset d) {
        return DatasetSampleStores.samplesOf(d).isPresent();
    }

    private static Dataset dataset(CatalogueReadModel catalogue, String id) {
        return catalogue
                .current()
                .dataset(id)
                .orElseThrow(() -> ApiException.notFound("No dataset with id '" + id + "'"));
    }

    private static void send(Context ctx, SampleStore.Located f) throws IOException {
        String etag = "\"" + f.file().sha256() + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "public, max-age=86400");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(DICOM);
        ctx.res().setContentLengthLong(Files.size(f.location()));
        try (InputStream in = Files.newInputStream(f.location());
                OutputStream out = ctx.res().getOutputStream()) {
            in.transferTo(out);
        }
    }
}
