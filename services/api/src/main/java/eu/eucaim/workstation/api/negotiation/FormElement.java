package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A field of the access form: {@code type} TEXT, TEXT_LARGE, NUMBER, DATE, BOOLEAN, SINGLE_CHOICE, MULTIPLE_CHOICE,
 * FILE or INFORMATION; {@code required} belongs to this section's use of it; choice elements link their value set
 * ({@code _links.value-set}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormElement(
        long id,
        String name,
        String label,
        String description,
        String type,
        boolean required,
        Map<String, Link> _links) {}
