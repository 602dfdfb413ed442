package eu.eucaim.workstation.api.negotiation;

/** Something the Negotiator tells a user about a negotiation ({@code GET /v3/users/{id}/notifications}). */
public record Notification(
        long id,
        long recipientId,
        String negotiationId,
        String createdAt,
        String title,
        String message,
        boolean read) {}
