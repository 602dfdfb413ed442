package eu.eucaim.workstation.client.images;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.images.ImageAccess;
import eu.eucaim.workstation.api.images.ImageAccessService;
import eu.eucaim.workstation.api.images.LoggedDataset;
import eu.eucaim.workstation.api.images.RetrievalPage;
import eu.eucaim.workstation.api.platform.AtomicFile;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.Expected;
import eu.eucaim.workstation.client.HttpTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/** The node's image access routes over HTTP, with the signed-in user's token. */
public final class HttpImageAccessClient implements ImageAccessService {
    private static final Expected<ImageAccess> ACCESS = Expected.of(ImageAccess.class, a -> true);
    private static final Expected<List<LoggedDataset>> LOGGED =
            Expected.listOf(LoggedDataset.class, d -> d.datasetId() != null);
    private static final Expected<RetrievalPage> PAGE = Expected.of(RetrievalPage.class, p -> p.items() != null);

    private final HttpTransport http;

    /** @param config the node's address (its root, not {@code /api}) */
    public HttpImageAccessClient(ClientConfig config, AccessTokenSource tokens) {
        this.http = new HttpTransport(config, tokens);
    }

    @Override
    public CompletableFuture<ImageAccess> study(String studyUid) {
        return http.get(
                http.url("api/images/studies")
                        .addPathSegment(studyUid)
                        .addPathSegment("access")
                        .build(),
                ACCESS);
    }

    @Override
    public CompletableFuture<List<LoggedDataset>> loggedDatasets() {
        return http.get(http.url("api/images/logged-datasets").build(), LOGGED);
    }

    @Override
    public CompletableFuture<RetrievalPage> retrievals(
            String datasetId, String user, LocalDate from, LocalDate to, int page, int size) {
        HttpUrl.Builder url = filtered(datasetId, user, from, to)
                .addQueryParameter("page", Integer.toString(page))
                .addQueryParameter("size", Integer.toString(size));
        return http.get(url.build(), PAGE);
    }

    @Override
    public CompletableFuture<Path> exportRetrievals(
            String datasetId, String user, LocalDate from, LocalDate to, Path target) {
        HttpUrl url = filtered(datasetId, user, from, to)
                .addQueryParameter("format", "csv")
                .build();
        return http.stream(url, "text/csv", (type, body) -> {
            try {
                AtomicFile.write(target, body::transferTo);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
            }
            return target;
        });
    }

    private HttpUrl.Builder filtered(String datasetId, String user, LocalDate from, LocalDate to) {
        HttpUrl.Builder url =
                http.url("api/catalogue/datasets").addPathSegment(datasetId).addPathSegment("retrievals");
        if (user != null && !user.isBlank()) {
            url.addQueryParameter("user", user.strip());
        }
        if (from != null) {
            url.addQueryParameter("from", from.toString());
        }
        if (to != null) {
            url.addQueryParameter("to", to.toString());
        }
        return url;
    }
}
