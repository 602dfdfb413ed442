package eu.eucaim.workstation.api.negotiation;

import java.util.List;
import java.util.Map;

/** A page of the access form; its {@code name} is the payload key. */
public record FormSection(
        long id, String name, String label, String description, List<FormElement> elements, Map<String, Link> _links) {}
