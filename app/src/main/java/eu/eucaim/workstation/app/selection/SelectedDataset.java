package eu.eucaim.workstation.app.selection;

/**
 * A dataset the user has put in the selection; the title is kept so the list shows without a round trip, and how
 * it was found ({@code foundBy}, e.g. {@code Catalogue search "lung" (Modality: CT)}, or null) so that an access
 * request can say it as the Negotiator's {@code humanReadable}.
 */
public record SelectedDataset(String id, String title, String foundBy) {
    public SelectedDataset(String id, String title) {
        this(id, title, null);
    }
}
