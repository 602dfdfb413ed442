package eu.eucaim.workstation.api.dicomweb;

import java.util.List;

/** The DICOMweb servers the Viewer can search now, and a client for each. */
public interface DicomWebSources {
    /** The node in use first, then those added in Settings. */
    List<ImageSource> sources();

    /** A client for {@code source} (its password, if any, read from where it is kept); may block on the keyring. */
    DicomWebService open(ImageSource source);

    /**
     * What the user may do with a study of {@code source} and the dataset it belongs to, when the source has access
     * models (a EUCAIM node); empty for a plain DICOMweb server, where whatever it serves may be kept.
     */
    java.util.concurrent.CompletableFuture<java.util.Optional<eu.eucaim.workstation.api.images.ImageAccess>> access(
            ImageSource source, String studyUid);
}
