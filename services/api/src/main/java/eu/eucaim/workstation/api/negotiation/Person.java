package eu.eucaim.workstation.api.negotiation;

/** A user as the Negotiator describes one (a negotiation's author, a post's writer); {@code id} is a number. */
public record Person(
        String id,
        String subjectId,
        String name,
        String email,
        String lastLogin,
        boolean serviceAccount,
        boolean admin,
        boolean representativeOfAnyResource,
        boolean networkManager) {}
