package eu.eucaim.workstation.api.negotiation;

/** A dataset as a catalogue hands it over: its id (the Negotiator's {@code sourceId}) and name. */
public record ResourceRef(String id, String name) {}
