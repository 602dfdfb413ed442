package eu.eucaim.workstation.app.tab;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Something one tab asks another to show: the tab that registered for its kind opens it ({@link Navigation}). */
public sealed interface Destination {
    /** A dataset's detail in the Catalogue; {@code node} is the node whose catalogue holds it, null for the current. */
    record Dataset(String id, URI node) implements Destination {
        public Dataset {
            Objects.requireNonNull(id, "id");
        }

        public Dataset(String id) {
            this(id, null);
        }
    }

    /** DICOM files, folders, zip archives or DICOMDIRs, opened in the Viewer. */
    record Images(List<Path> paths) implements Destination {
        public Images {
            paths = List.copyOf(paths);
        }
    }

    /** An access request in the Negotiations tab. */
    record Negotiation(String id) implements Destination {
        public Negotiation {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A helpdesk ticket in the Tickets tab. */
    record Ticket(String id) implements Destination {
        public Ticket {
            Objects.requireNonNull(id, "id");
        }
    }
}
