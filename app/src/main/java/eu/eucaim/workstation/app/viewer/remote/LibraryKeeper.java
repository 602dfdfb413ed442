package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.api.library.FetchedInstance;
import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.api.library.InstanceOrigin;
import eu.eucaim.workstation.api.library.Provenance;
import eu.eucaim.workstation.api.library.StoreOutcome;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the Viewer's remote instances through to the offline library, with where they came from and under which
 * dataset and access conditions (told per study when it is opened), and finds them there again.
 */
public final class LibraryKeeper implements InstanceKeeper {
    /** The catalogue dataset of a study and its access conditions as text, when the source said. */
    public record Terms(String datasetId, String accessConditions) {
        public static final Terms UNKNOWN = new Terms(null, "");
    }

    private final ImageLibrary library;
    private final Map<String, Terms> terms = new ConcurrentHashMap<>();

    public LibraryKeeper(ImageLibrary library) {
        this.library = library;
    }

    /** What the study's instances are kept under. */
    public void terms(String studyUid, Terms of) {
        terms.put(studyUid, of);
    }

    @Override
    public Optional<Path> find(String sopInstanceUid) {
        return library.find(sopInstanceUid);
    }

    @Override
    public Map<String, Path> findSeries(String seriesUid) {
        return library.seriesFiles(seriesUid);
    }

    @Override
    public Path keep(ImageSource source, RemoteInstance instance, Path fetched) {
        return library.storeTaking(origin(source, instance), fetched);
    }

    /** In one store of the library (one index commit); an instance it refuses is fetched alone by the decoder. */
    @Override
    public Map<String, Path> keepAll(ImageSource source, List<InstanceKeeper.Arrived> arrived) {
        List<FetchedInstance> batch = new ArrayList<>(arrived.size());
        for (InstanceKeeper.Arrived a : arrived) {
            batch.add(new FetchedInstance(origin(source, a.instance()), a.file()));
        }
        Map<String, Path> kept = new java.util.HashMap<>();
        for (StoreOutcome o : library.storeAllTaking(batch)) {
            if (o.isKept()) {
                kept.put(o.origin().sopInstanceUid(), o.kept());
            }
        }
        return kept;
    }

    private InstanceOrigin origin(ImageSource source, RemoteInstance instance) {
        Terms t = terms.getOrDefault(instance.studyUid(), Terms.UNKNOWN);
        return new InstanceOrigin(
                Provenance.remote(source.name(), source.baseUrl(), t.datasetId(), t.accessConditions()),
                instance.studyUid(),
                instance.seriesUid(),
                instance.sopInstanceUid());
    }
}
