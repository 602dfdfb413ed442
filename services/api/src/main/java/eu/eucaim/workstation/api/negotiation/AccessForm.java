package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The form a request's access application is made with: sections of elements ({@code id} null when combined). */
public record AccessForm(
        @JsonInclude(JsonInclude.Include.ALWAYS) Long id,
        String name,
        List<FormSection> sections,
        Map<String, Link> _links) {}
