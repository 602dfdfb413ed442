package eu.eucaim.workstation.api.negotiation;

/** One entry of {@code PATCH /v3/users/{id}/notifications}: mark notification {@code id} read (or unread). */
public record NotificationRead(long id, boolean read) {}
