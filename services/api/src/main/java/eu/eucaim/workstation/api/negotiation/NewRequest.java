package eu.eucaim.workstation.api.negotiation;

import java.util.List;

/**
 * {@code POST /v3/requests}: a selection handed over by a discovery service. {@code url} is the catalogue's origin
 * (the Negotiator refuses one that is not registered), {@code humanReadable} how the datasets were found.
 */
public record NewRequest(String url, String humanReadable, List<ResourceRef> resources) {}
