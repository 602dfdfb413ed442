package eu.eucaim.workstation.app.negotiation.outbox;

/** What became of a queued action, for the UI to say (and to reload what it shows). Told on the UI thread. */
public sealed interface Outcome {
    PendingAction action();

    /** The node did it (once, however many attempts it took). */
    record Sent(PendingAction action) implements Outcome {}

    /** The node refused it (4xx), or it can never be sent (its file is gone); it has left the queue. */
    record Refused(PendingAction action, String message) implements Outcome {}
}
