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

    /**
     * DICOM files, folders, zip archives or DICOMDIRs, opened in the Viewer; {@code focus}, one of their files, is
     * shown first (e.g. the slice with the finding), or null for the first series from its start.
     */
    record Images(List<Path> paths, Path focus) implements Destination {
        public Images {
            paths = List.copyOf(paths);
        }

        public Images(List<Path> paths) {
            this(paths, null);
        }
    }

    /** The Catalogue showing the datasets with one value of one facet (a Dashboard chart's bar or slice). */
    record CatalogueFilter(eu.eucaim.workstation.api.catalogue.CatalogueFacet facet, String value)
            implements Destination {
        public CatalogueFilter {
            Objects.requireNonNull(facet, "facet");
            Objects.requireNonNull(value, "value");
        }
    }

    /** An access request in the Negotiations tab. */
    record Negotiation(String id) implements Destination {
        public Negotiation {
            Objects.requireNonNull(id, "id");
        }
    }

    /** The selection, sent to the Negotiator as a new access request (the selection panel's "Request access"). */
    record AccessRequest() implements Destination {}

    /** A helpdesk ticket in the Tickets tab. */
    record Ticket(String id) implements Destination {
        public Ticket {
            Objects.requireNonNull(id, "id");
        }
    }
}
