package eu.eucaim.workstation.api.negotiation;

/** One step of a negotiation's history: who, what (in words), when. */
public record TimelineEvent(String triggeredBy, String text, String timestamp) {}
