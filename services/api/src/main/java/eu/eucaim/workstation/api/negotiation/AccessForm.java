package eu.eucaim.workstation.api.negotiation;

import java.util.List;

/** The form a request's access application is made with: sections of elements ({@code id} null when combined). */
public record AccessForm(Long id, String name, List<FormSection> sections) {}
