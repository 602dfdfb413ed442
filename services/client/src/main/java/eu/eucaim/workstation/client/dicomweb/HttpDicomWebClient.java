package eu.eucaim.workstation.client.dicomweb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.Frame;
import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import eu.eucaim.workstation.api.dicomweb.RenderedImage;
import eu.eucaim.workstation.api.dicomweb.Rendering;
import eu.eucaim.workstation.api.dicomweb.StowProgress;
import eu.eucaim.workstation.api.dicomweb.StowResult;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.Expected;
import eu.eucaim.workstation.client.HttpTransport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * DICOMweb over HTTP with PS3.18's paths, parameters and media types, so that the same client reads the node's
 * {@code /dicom-web}, Orthanc's plugin and a PACS: the base URL is the service's root (e.g.
 * {@code http://127.0.0.1:8042/dicom-web}). QIDO-RS asks for {@code application/dicom+json}; a 204 (no match) is an
 * empty list. Frames come as {@code multipart/related}, read part by part as they arrive. UIDs are one path segment
 * each.
 *
 * <p>At most {@link #DEFAULT_CONCURRENT_REQUESTS} requests of one client are in flight at a time
 * ({@link #withMaxConcurrentRequests} sets another bound); the others wait their turn without holding a thread or a
 * connection. Cancelling a future cancels its call, or its turn while it waits, and frees its slot.
 */
public final class HttpDicomWebClient implements DicomWebService {
    /** As a browser opens to one host: enough to keep a loopback or LAN server busy, few enough for a PACS. */
    public static final int DEFAULT_CONCURRENT_REQUESTS = 6;
    /** Whole instances as the server stores them. */
    private static final String INSTANCES_AS_STORED =
            "multipart/related; type=\"application/dicom\"; transfer-syntax=*";

    private static final Expected<List<ObjectNode>> RESULTS = Expected.listOf(ObjectNode.class, o -> true);

    private final HttpTransport http;
    private final RequestSlots slots;

    /** @param tokens the bearer tokens, or null for a server without sign-in */
    public HttpDicomWebClient(ClientConfig config, AccessTokenSource tokens) {
        this(tokens == null ? new HttpTransport(config) : new HttpTransport(config, tokens));
    }

    private HttpDicomWebClient(HttpTransport transport) {
        this(
                transport.accepting("application/dicom+json, application/json"),
                new RequestSlots(DEFAULT_CONCURRENT_REQUESTS));
    }

    private HttpDicomWebClient(HttpTransport http, RequestSlots slots) {
        this.http = http;
        this.slots = slots;
    }

    /** A server with users and passwords (HTTP Basic), over https or on this machine only. */
    public static HttpDicomWebClient withBasicAuth(ClientConfig config, String user, String password) {
        return new HttpDicomWebClient(HttpTransport.withBasicAuth(config, user, password));
    }

    /**
     * This client (same server, credentials and connections) with at most {@code limit} requests in flight, its own
     * count. Beyond 16 the shared HTTP dispatcher's per-host bound queues them instead.
     */
    public HttpDicomWebClient withMaxConcurrentRequests(int limit) {
        return new HttpDicomWebClient(http, new RequestSlots(limit));
    }

    /** How many requests this client sends at once at most. */
    public int maxConcurrentRequests() {
        return slots.limit();
    }

    @Override
    public CompletableFuture<List<DicomAttributes>> studies(QidoQuery query) {
        return search(http.url("studies"), query);
    }

    @Override
    public CompletableFuture<List<DicomAttributes>> series(String studyUid, QidoQuery query) {
        return search(http.url("studies").addPathSegment(studyUid).addPathSegment("series"), query);
    }

    @Override
    public CompletableFuture<List<DicomAttributes>> instances(String studyUid, String seriesUid, QidoQuery query) {
        return search(
                http.url("studies")
                        .addPathSegment(studyUid)
                        .addPathSegment("series")
                        .addPathSegment(seriesUid)
                        .addPathSegment("instances"),
                query);
    }

    @Override
    public CompletableFuture<List<DicomAttributes>> seriesMetadata(String studyUid, String seriesUid) {
        HttpUrl url = http.url("studies")
                .addPathSegment(studyUid)
                .addPathSegment("series")
                .addPathSegment(seriesUid)
                .addPathSegment("metadata")
                .build();
        return slots.submit(() -> http.get(url, RESULTS))
                .thenApply(list -> list.stream().map(DicomAttributes::new).toList());
    }

    @Override
    public CompletableFuture<List<Frame>> frames(
            String studyUid, String seriesUid, String instanceUid, List<Integer> numbers, String transferSyntax) {
        if (numbers.isEmpty() || numbers.stream().anyMatch(n -> n == null || n < 1)) {
            throw new IllegalArgumentException("frame numbers start at 1: " + numbers);
        }
        HttpUrl url = http.url("studies")
                .addPathSegment(studyUid)
                .addPathSegment("series")
                .addPathSegment(seriesUid)
                .addPathSegment("instances")
                .addPathSegment(instanceUid)
                .addPathSegment("frames")
                .addPathSegment(
                        String.join(",", numbers.stream().map(String::valueOf).toList()))
                .build();
        // As OHIF asks: any transfer syntax the server stores ("*"), or the one named.
        String accept = "multipart/related; type=\"application/octet-stream\"; transfer-syntax=" + transferSyntax;
        return slots.submit(() -> http.stream(url, accept, (contentType, body) -> {
            List<Frame> frames = new ArrayList<>();
            MultipartRelated.read(contentType, body, part -> frames.add(new Frame(part.contentType(), part.body())));
            if (frames.size() != numbers.size()) {
                throw new IOException("asked for " + numbers.size() + " frames, the reply held " + frames.size());
            }
            return List.copyOf(frames);
        }));
    }

    @Override
    public CompletableFuture<java.nio.file.Path> instance(
            String studyUid, String seriesUid, String instanceUid, java.nio.file.Path target) {
        HttpUrl url = objectUrl(studyUid, seriesUid, instanceUid).build();
        return slots.submit(() -> http.stream(url, INSTANCES_AS_STORED, (contentType, body) -> {
            // Straight to a temp file beside the target, moved over it only once the part is complete.
            eu.eucaim.workstation.api.platform.AtomicFile.write(
                    target, out -> MultipartRelated.readOne(contentType, body, out));
            return target;
        }));
    }

    @Override
    public CompletableFuture<byte[]> instanceBytes(String studyUid, String seriesUid, String instanceUid) {
        HttpUrl url = objectUrl(studyUid, seriesUid, instanceUid).build();
        return slots.submit(() -> http.stream(url, INSTANCES_AS_STORED, MultipartRelated::readOneBytes));
    }

    @Override
    public CompletableFuture<Integer> seriesInstances(
            String studyUid,
            String seriesUid,
            java.nio.file.Path folder,
            java.util.function.LongPredicate inMemory,
            InstanceSink each) {
        HttpUrl url = objectUrl(studyUid, seriesUid, null).build();
        return slots.submit(() -> http.stream(
                url,
                INSTANCES_AS_STORED,
                (contentType, body) -> MultipartRelated.readParts(contentType, body, folder, inMemory, each)));
    }

    @Override
    public CompletableFuture<RenderedImage> rendered(
            String studyUid, String seriesUid, String instanceUid, Integer frame, Rendering rendering) {
        if (frame != null && frame < 1) {
            throw new IllegalArgumentException("frame numbers start at 1: " + frame);
        }
        HttpUrl.Builder url = objectUrl(studyUid, seriesUid, instanceUid);
        if (frame != null) {
            url.addPathSegment("frames").addPathSegment(frame.toString());
        }
        return image(url.addPathSegment("rendered"), rendering, true);
    }

    @Override
    public CompletableFuture<RenderedImage> thumbnail(
            String studyUid, String seriesUid, String instanceUid, Rendering rendering) {
        HttpUrl.Builder url = objectUrl(studyUid, seriesUid, instanceUid);
        return image(url.build().newBuilder().addPathSegment("thumbnail"), rendering, false)
                .exceptionallyCompose(failure -> {
                    // Orthanc's plugin (1.7) has no thumbnail resource and answers 404: render the same object.
                    Throwable cause =
                            failure instanceof java.util.concurrent.CompletionException c ? c.getCause() : failure;
                    if (cause instanceof ServiceErrorException e && e.status() == 404) {
                        return image(url.addPathSegment("rendered"), rendering, false);
                    }
                    return CompletableFuture.failedFuture(cause);
                });
    }

    @Override
    public CompletableFuture<StowResult> store(List<Path> files, StowProgress progress) {
        StowBody body;
        try {
            body = new StowBody(files);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        int parts = files.size();
        return slots.submit(() -> http.post(
                http.url("studies").build(),
                body,
                "application/dicom+json",
                progress == null ? null : progress::sent,
                (status, contentType, text) -> StowReply.read(status, text, parts)));
    }

    /** {@code /studies/{study}[/series/{series}[/instances/{instance}]]}: a null UID stops the path there. */
    private HttpUrl.Builder objectUrl(String studyUid, String seriesUid, String instanceUid) {
        HttpUrl.Builder url = http.url("studies").addPathSegment(studyUid);
        if (seriesUid != null) {
            url.addPathSegment("series").addPathSegment(seriesUid);
            if (instanceUid != null) {
                url.addPathSegment("instances").addPathSegment(instanceUid);
            }
        } else if (instanceUid != null) {
            throw new IllegalArgumentException("an instance is named within its series");
        }
        return url;
    }

    /** A rendered image or thumbnail: the rendering's parameters ({@code window} only for rendered), its bytes. */
    private CompletableFuture<RenderedImage> image(HttpUrl.Builder url, Rendering rendering, boolean window) {
        // Sent as PS3.18 writes them, commas unescaped: Orthanc's plugin reads "64%2C32" as one bad number (400).
        // The values are digits, '.', '-', 'E', commas and a function name: nothing that needs escaping.
        if (window && rendering.window() != null) {
            url.addEncodedQueryParameter("window", rendering.window().parameter());
        }
        if (rendering.viewport() != null) {
            url.addEncodedQueryParameter("viewport", rendering.viewport().parameter());
        }
        HttpUrl built = url.build();
        return slots.submit(() -> http.stream(built, rendering.mediaType(), (contentType, body) -> {
            String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (!type.startsWith("image/")) {
                throw new IOException("expected " + rendering.mediaType() + ", got '" + contentType + "'");
            }
            return new RenderedImage(type, body.readAllBytes());
        }));
    }

    private CompletableFuture<List<DicomAttributes>> search(HttpUrl.Builder url, QidoQuery query) {
        for (Map.Entry<String, String> m : query.matches().entrySet()) {
            url.addQueryParameter(m.getKey(), m.getValue());
        }
        for (String field : query.includeFields()) {
            url.addQueryParameter("includefield", field);
        }
        if (query.limit() != null) {
            url.addQueryParameter("limit", query.limit().toString());
        }
        if (query.offset() != null) {
            url.addQueryParameter("offset", query.offset().toString());
        }
        HttpUrl built = url.build();
        return slots.submit(() -> http.get(built, RESULTS))
                .thenApply(list -> list.stream().map(DicomAttributes::new).toList());
    }
}
