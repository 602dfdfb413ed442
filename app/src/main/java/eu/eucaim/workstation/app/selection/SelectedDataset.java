package eu.eucaim.workstation.app.selection;

/** A dataset the user has put in the selection; the title is kept so the list shows without a round trip. */
public record SelectedDataset(String id, String title) {}
