package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where {@link RemoteImages} keeps the instances it fetches, and finds them again (the offline library). */
public interface InstanceKeeper {
    /** The instance's file if the library has it whole. */
    Optional<Path> find(String sopInstanceUid);

    /** The files of the series' instances the library has whole, by SOP Instance UID, in one look-up. */
    Map<String, Path> findSeries(String seriesUid);

    /**
     * Takes {@code fetched} (a complete temporary file) into the library for {@code source}, and gives the file to
     * read it from (the kept one); a keeper that keeps nothing gives {@code fetched} back.
     */
    Path keep(ImageSource source, RemoteInstance instance, Path fetched) throws IOException;

    /**
     * Takes the files of a whole-series reply that have arrived (complete temporary files) into the library at
     * once; each is gone after, kept or not. Gives the kept files by SOP Instance UID; one not kept is the
     * decoder's to fetch alone (it then says why).
     */
    Map<String, Path> keepAll(ImageSource source, List<Arrived> arrived);

    /** A file a whole-series reply brought, and the instance it is. */
    record Arrived(RemoteInstance instance, Path file) {}

    /** A keeper that keeps nothing (no library): every instance is fetched each time it is decoded. */
    InstanceKeeper NOTHING_KEPT = new InstanceKeeper() {
        @Override
        public Optional<Path> find(String sopInstanceUid) {
            return Optional.empty();
        }

        @Override
        public Map<String, Path> findSeries(String seriesUid) {
            return Map.of();
        }

        @Override
        public Path keep(ImageSource source, RemoteInstance instance, Path fetched) {
            return fetched;
        }

        /** Never called: nothing streams without a library. The files go all the same. */
        @Override
        public Map<String, Path> keepAll(ImageSource source, List<Arrived> arrived) {
            for (Arrived a : arrived) {
                try {
                    Files.deleteIfExists(a.file());
                } catch (IOException e) {
                    // the fetch folder is cleaned at the next start
                }
            }
            return Map.of();
        }
    };
}
