package eu.eucaim.workstation.api.negotiation;

/** An event the caller may fire on a negotiation now ({@code GET /v3/negotiations/{id}/lifecycle}). */
public record LifecycleEvent(String value, String label, String description) {}
