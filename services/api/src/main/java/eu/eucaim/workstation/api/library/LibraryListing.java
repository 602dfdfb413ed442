package eu.eucaim.workstation.api.library;

import java.util.List;

/**
 * Everything in the offline library, for the Library view.
 *
 * @param patients   by patient name then ID
 * @param totalBytes what the viewed remote images take, the figure held to {@link #limitBytes} (sample images are
 *                   not counted: they are kept apart)
 * @param limitBytes the size limit
 */
public record LibraryListing(List<StoredPatient> patients, long totalBytes, long limitBytes) {
    public LibraryListing {
        patients = List.copyOf(patients);
    }
}
