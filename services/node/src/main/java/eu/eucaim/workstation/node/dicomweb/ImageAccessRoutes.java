package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.images.ImageAccess;
import eu.eucaim.workstation.api.images.RetrievalPage;
import eu.eucaim.workstation.node.catalogue.CatalogueReadModel;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.Caller;
import eu.eucaim.workstation.node.http.ObjectRules;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The access models seen from the catalogue: what the caller may do with a dataset's images, and the dataset's
 * retrieval log for its representatives and the admins (JSON pages, or the whole filtered log as CSV).
 */
public final class ImageAccessRoutes {
    static final List<String> LOG_PARAMETERS = List.of("user", "from", "to", "page", "size", "format");
    private static final int DEFAULT_SIZE = 50;
    private static final int MAX_SIZE = 1000;

    private ImageAccessRoutes() {}

    public static List<ApiRoute> of(CatalogueReadModel catalogue, DatasetAccessPolicy policy, JdbcRetrievalLog log) {
        return List.of(
                ApiRoute.get("/api/images/logged-datasets", Access.SIGNED_IN, (ctx, caller) -> {
                    List<eu.eucaim.workstation.api.images.LoggedDataset> out = new java.util.ArrayList<>();
                    for (Dataset d : catalogue.current().datasets()) {
                        if (mayReadLog(catalogue, caller, d)) {
                            RetrievalPage totals =
                                    log.page(new JdbcRetrievalLog.Filter(d.id(), null, null, null), 0, 1);
                            out.add(new eu.eucaim.workstation.api.images.LoggedDataset(
                                    d.id(), d.title(), totals.retrievals(), totals.bytes(), totals.users()));
                        }
                    }
                    out.sort(java.util.Comparator.comparing(eu.eucaim.workstation.api.images.LoggedDataset::title));
                    ctx.json(out);
                }),
                ApiRoute.get("/api/catalogue/datasets/{id}/image-access", Access.SIGNED_IN, (ctx, caller) -> {
                    Dataset d = dataset(catalogue, ctx.pathParam("id"));
                    DatasetAccessPolicy.Allowance a = policy.session(caller).allowance(new StudyOwner(d.id(), null));
                    ctx.json(new ImageAccess(
                            d.id(),
                            a.refusal(ImageUse.SEARCH).isEmpty(),
                            a.refusal(ImageUse.VIEW).isEmpty(),
                            a.refusal(ImageUse.RETRIEVE).isEmpty(),
                            a.reason()));
                }),
                ApiRoute.get("/api/catalogue/datasets/{id}/retrievals", Access.SIGNED_IN, (ctx, caller) -> {
                    Dataset d = dataset(catalogue, ctx.pathParam("id"));
                    requireRepresentativeOrAdmin(catalogue, caller, d);
                    ApiException.rejectUnknownParameters(ctx.queryParamMap().keySet(), LOG_PARAMETERS);
                    JdbcRetrievalLog.Filter filter = new JdbcRetrievalLog.Filter(
                            d.id(),
                            blankToNull(ctx.queryParam("user")),
                            LogPeriod.from(ctx.queryParam("from")),
                            LogPeriod.to(ctx.queryParam("to")));
                    if (filter.fromMillis() != null
                            && filter.toMillis() != null
                            && filter.fromMillis() >= filter.toMillis()) {
                        throw ApiException.badRequest("Parameter 'from' must be before 'to'");
                    }
                    if (wantsCsv(ctx)) {
                        sendCsv(ctx, log, filter);
                    } else {
                        ctx.json(log.page(
                                filter,
                                number(ctx, "page", 0, 0, Integer.MAX_VALUE / MAX_SIZE),
                                number(ctx, "size", DEFAULT_SIZE, 1, MAX_SIZE)));
                    }
                }));
    }

    private static Dataset dataset(CatalogueReadModel catalogue, String id) {
        return catalogue
                .current()
                .dataset(id)
                .orElseThrow(() -> ApiException.notFound("No dataset with id '" + id + "'"));
    }

    private static boolean mayReadLog(CatalogueReadModel catalogue, Caller caller, Dataset d) {
        return ObjectRules.isAdmin(caller)
                || catalogue
                        .biobankOf(d.id())
                        .map(b -> ObjectRules.represents(caller, b))
                        .orElse(false);
    }

    private static void requireRepresentativeOrAdmin(CatalogueReadModel catalogue, Caller caller, Dataset d) {
        if (!mayReadLog(catalogue, caller, d)) {
            throw new ApiException(
                    403,
                    "forbidden",
                    "Only a representative of dataset " + d.id() + " or an admin may read its retrieval log");
        }
    }

    /** CSV when asked by {@code format=csv}, or by an Accept that names text/csv (and no {@code format=json}). */
    private static boolean wantsCsv(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default ->
                    throw ApiException.badRequest("Parameter 'format' must be csv or json, not '" + format + "'");
            };
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv");
    }

    /** The whole filtered log, written row by row as it is read (no paging: an export is complete). */
    private static void sendCsv(Context ctx, JdbcRetrievalLog log, JdbcRetrievalLog.Filter filter) throws Exception {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header(
                "Content-Disposition",
                "attachment; filename=\"retrievals-" + filter.datasetId().replaceAll("[^A-Za-z0-9._-]", "_")
                        + ".csv\"");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            RetrievalCsv csv = new RetrievalCsv(out);
            log.each(filter, csv::write);
        }
    }

    private static int number(Context ctx, String name, int absent, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw ApiException.badRequest(
                "Parameter '" + name + "' must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
