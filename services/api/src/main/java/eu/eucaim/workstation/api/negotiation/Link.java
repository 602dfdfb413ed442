package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A HAL link: {@code {"href": …}}, templated or titled where upstream says so. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(String href, Boolean templated, String title, String name) {
    public static Link to(String href) {
        return new Link(href, null, null, null);
    }
}
