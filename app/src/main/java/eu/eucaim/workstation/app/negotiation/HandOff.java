package eu.eucaim.workstation.app.negotiation;

import eu.eucaim.workstation.api.negotiation.NewRequest;
import eu.eucaim.workstation.api.negotiation.ResourceRef;
import eu.eucaim.workstation.app.selection.SelectedDataset;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The selection as the Negotiator's {@code POST /v3/requests}, as a discovery service hands it over: {@code url}
 * the catalogue's origin (the Negotiator accepts only a registered discovery service), each dataset's id and name,
 * and {@code humanReadable} saying how they were found — the searches, then "User actions taken: #1 …" one per
 * dataset, as the BBMRI-ERIC Directory writes it.
 */
final class HandOff {
    private HandOff() {}

    static NewRequest request(URI catalogue, List<SelectedDataset> selection) {
        List<ResourceRef> resources =
                selection.stream().map(d -> new ResourceRef(d.id(), d.title())).toList();
        return new NewRequest(origin(catalogue), humanReadable(selection), resources);
    }

    /** {@code scheme://host[:port]}: the catalogue's origin, without a path. */
    static String origin(URI address) {
        return address.getScheme() + "://" + address.getRawAuthority();
    }

    static String humanReadable(List<SelectedDataset> selection) {
        Set<String> searches = new LinkedHashSet<>();
        selection.stream()
                .map(SelectedDataset::foundBy)
                .filter(Objects::nonNull)
                .forEach(searches::add);
        List<String> lines = new ArrayList<>();
        lines.add(searches.isEmpty() ? "Datasets selected in the EUCAIM Workstation" : String.join(" OR ", searches));
        lines.add("User actions taken:");
        int n = 1;
        for (SelectedDataset d : selection) {
            lines.add("#" + n++ + " " + (d.foundBy() == null ? "Selected" : d.foundBy() + ": selected") + " \""
                    + d.title() + "\" (" + d.id() + ")");
        }
        return String.join("\n", lines);
    }
}
