package eu.eucaim.workstation.client.dicomweb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.Frame;
import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.Expected;
import eu.eucaim.workstation.client.HttpTransport;
import java.io.IOException;
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
 */
public final class HttpDicomWebClient implements DicomWebService {
    private static final Expected<List<ObjectNode>> RESULTS = Expected.listOf(ObjectNode.class, o -> true);

    private final HttpTransport http;

    /** @param tokens the bearer tokens, or null for a server without sign-in */
    public HttpDicomWebClient(ClientConfig config, AccessTokenSource tokens) {
        this(tokens == null ? new HttpTransport(config) : new HttpTransport(config, tokens));
    }

    private HttpDicomWebClient(HttpTransport transport) {
        this.http = transport.accepting("application/dicom+json, application/json");
    }

    /** A server with users and passwords (HTTP Basic), over https or on this machine only. */
    public static HttpDicomWebClient withBasicAuth(ClientConfig config, String user, String password) {
        return new HttpDicomWebClient(HttpTransport.withBasicAuth(config, user, password));
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
        return http.get(
                        http.url("studies")
                                .addPathSegment(studyUid)
                                .addPathSegment("series")
                                .addPathSegment(seriesUid)
                                .addPathSegment("metadata")
                                .build(),
                        RESULTS)
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
        return http.stream(url, accept, (contentType, body) -> {
            List<Frame> frames = new ArrayList<>();
            MultipartRelated.read(contentType, body, part -> frames.add(new Frame(part.contentType(), part.body())));
            if (frames.size() != numbers.size()) {
                throw new IOException("asked for " + numbers.size() + " frames, the reply held " + frames.size());
            }
            return List.copyOf(frames);
        });
    }

    @Override
    public CompletableFuture<java.nio.file.Path> instance(
            String studyUid, String seriesUid, String instanceUid, java.nio.file.Path target) {
        HttpUrl url = http.url("studies")
                .addPathSegment(studyUid)
                .addPathSegment("series")
                .addPathSegment(seriesUid)
                .addPathSegment("instances")
                .addPathSegment(instanceUid)
                .build();
        String accept = "multipart/related; type=\"application/dicom\"; transfer-syntax=*";
        return http.stream(url, accept, (contentType, body) -> {
            // Straight to a temp file beside the target, moved over it only once the part is complete.
            eu.eucaim.workstation.api.platform.AtomicFile.write(
                    target, out -> MultipartRelated.readOne(contentType, body, out));
            return target;
        });
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
        return http.get(url.build(), RESULTS)
                .thenApply(list -> list.stream().map(DicomAttributes::new).toList());
    }
}
