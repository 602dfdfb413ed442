package eu.eucaim.workstation.api.catalogue;

/** A bar of a dashboard chart. {@code key} is the code or id, {@code label} what to show. */
public record LabelledCount(String key, String label, long count) {}
