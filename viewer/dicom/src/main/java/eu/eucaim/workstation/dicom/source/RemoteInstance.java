package eu.eucaim.workstation.dicom.source;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * An instance on a server, fetched over HTTP by an {@link InstanceFetcher} (e.g. DICOMweb WADO-RS: the UIDs name
 * the study, series and instance, so a fetcher can also ask for single frames or their metadata).
 *
 * @param url the instance's address; http or https
 */
public record RemoteInstance(URI url, String studyUid, String seriesUid, String sopInstanceUid)
        implements InstanceSource {

    public RemoteInstance {
        Objects.requireNonNull(url, "a remote instance needs its URL");
        Objects.requireNonNull(studyUid, "a remote instance needs its Study Instance UID (empty when unknown)");
        Objects.requireNonNull(seriesUid, "a remote instance needs its Series Instance UID (empty when unknown)");
        Objects.requireNonNull(sopInstanceUid, "a remote instance needs its SOP Instance UID (empty when unknown)");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("a remote instance needs an http or https URL with a host, not " + url);
        }
    }

    @Override
    public String location() {
        return url.toString();
    }

    /** The SOP Instance UID, else the last segment of the URL's path. */
    @Override
    public String name() {
        if (!sopInstanceUid.isEmpty()) {
            return sopInstanceUid;
        }
        String path = url.getPath() == null ? "" : url.getPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? url.getHost() : last;
    }
}
