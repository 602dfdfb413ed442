package eu.eucaim.workstation.api.negotiation;

/** {@code POST /v3/negotiations/{id}/posts}: {@code type} PUBLIC or PRIVATE, the latter to {@code organizationId}. */
public record NewPost(String text, String type, String organizationId) {}
