package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.DicomWebSources;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.api.images.ImageAccess;
import eu.eucaim.workstation.app.settings.ImageSourceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Viewer's image sources: the backend's own {@code /dicom-web} with the user's sign-in (when it has one: the
 * EUCAIM platform has none), then those the user added in Settings (a bad entry is reported once and left out, never a crash).
 */
public final class BackendImageSources implements DicomWebSources {
    private final Backend backend;
    private final Supplier<List<ImageSourceEntry>> added;
    private final Function<ImageSource, String> passwords;
    private final Consumer<String> notice;

    /**
     * @param added     the entries of Settings, read at each listing
     * @param passwords the kept password of a BASIC source (may block on the keyring), or null
     * @param notice    told why an entry is left out
     */
    public BackendImageSources(
            Backend backend,
            Supplier<List<ImageSourceEntry>> added,
            Function<ImageSource, String> passwords,
            Consumer<String> notice) {
        this.backend = backend;
        this.added = added;
        this.passwords = passwords;
        this.notice = notice;
    }

    @Override
    public List<ImageSource> sources() {
        List<ImageSource> all = new ArrayList<>();
        ImageSource own = backend.ownImages();
        if (own != null) {
            all.add(own);
        }
        for (ImageSourceEntry e : added.get()) {
            try {
                all.add(e.source());
            } catch (IllegalArgumentException bad) {
                notice.accept("The image source '" + e.name() + "' in Settings is left out: " + bad.getMessage());
            }
        }
        return all;
    }

    @Override
    public CompletableFuture<Optional<ImageAccess>> access(ImageSource source, String studyUid) {
        return source.equals(backend.ownImages()) // false when the backend has none
                ? backend.imageAccess().study(studyUid).thenApply(Optional::of)
                : CompletableFuture.completedFuture(Optional.empty());
    }

    @Override
    public DicomWebService open(ImageSource source) {
        return backend.dicomWeb(source, source.auth() == ImageSource.Auth.BASIC ? passwords.apply(source) : null);
    }
}
