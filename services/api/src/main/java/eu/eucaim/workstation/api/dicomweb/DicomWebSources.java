package eu.eucaim.workstation.api.dicomweb;

import java.util.List;

/** The DICOMweb servers the Viewer can search now, and a client for each. */
public interface DicomWebSources {
    /** The node in use first, then those added in Settings. */
    List<ImageSource> sources();

    /** A client for {@code source} (its password, if any, read from where it is kept); may block on the keyring. */
    DicomWebService open(ImageSource source);
}
