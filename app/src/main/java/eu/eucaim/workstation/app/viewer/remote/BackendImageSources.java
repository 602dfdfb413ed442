package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.DicomWebSources;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import java.util.List;

/** The image sources of a backend: its own {@code /dicom-web}, with the user's sign-in. */
public final class BackendImageSources implements DicomWebSources {
    private final Backend backend;

    public BackendImageSources(Backend backend) {
        this.backend = backend;
    }

    @Override
    public List<ImageSource> sources() {
        return List.of(backend.ownImages());
    }

    @Override
    public DicomWebService open(ImageSource source) {
        return backend.dicomWeb(source, null);
    }
}
