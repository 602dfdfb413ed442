package eu.eucaim.workstation.node.negotiator;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.negotiation.AccessForm;
import eu.eucaim.workstation.api.negotiation.FormElement;
import eu.eucaim.workstation.api.negotiation.FormSection;
import eu.eucaim.workstation.api.negotiation.Link;
import eu.eucaim.workstation.api.negotiation.ValueSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EUCAIM's access forms (resource {@code access-forms.json}): the data-access form of the End-User Guide's Annex II,
 * and Annex III's for the "Build an Observational Study with RWD" dataset, with their value sets and the word limits
 * the v3 form model cannot carry (the node checks them at SUBMIT; descriptions state them for people and clients).
 */
final class AccessForms {
    /** One element as the node checks it. */
    record Element(String section, String name, String label, String type, boolean required, Integer maxWords) {}

    /** One form as the node holds it. */
    record Form(String name, List<Section> sections) {}

    record Section(long id, String name, String label, String description, List<ElementDef> elements) {}

    record ElementDef(
            long id,
            String name,
            String label,
            String description,
            String type,
            boolean required,
            Long valueSet,
            Integer maxWords) {}

    record Values(long id, String name, List<String> values) {}

    static final String DATA_ACCESS = "data-access";
    static final String OBSERVATIONAL_STUDY = "observational-study";

    private final Map<String, Form> forms;
    private final Map<Long, Values> valueSets;

    private AccessForms(Map<String, Form> forms, Map<Long, Values> valueSets) {
        this.forms = forms;
        this.valueSets = valueSets;
    }

    static AccessForms eucaim() {
        try (InputStream in = AccessForms.class.getResourceAsStream("access-forms.json")) {
            if (in == null) {
                throw new IllegalStateException("access-forms.json is missing from the node's resources");
            }
            JsonNode root = Json.mapper().readTree(in);
            Map<Long, Values> sets = new LinkedHashMap<>();
            for (JsonNode v : root.path("valueSets")) {
                List<String> values = new ArrayList<>();
                v.path("values").forEach(x -> values.add(x.asText()));
                sets.put(
                        v.path("id").asLong(),
                        new Values(v.path("id").asLong(), v.path("name").asText(), values));
            }
            Map<String, Form> forms = new LinkedHashMap<>();
            root.path("forms").fields().forEachRemaining(f -> {
                List<Section> sections = new ArrayList<>();
                for (JsonNode s : f.getValue().path("sections")) {
                    List<ElementDef> elements = new ArrayList<>();
                    for (JsonNode e : s.path("elements")) {
                        elements.add(new ElementDef(
                                e.path("id").asLong(),
                                e.path("name").asText(),
                                e.path("label").asText(),
                                e.path("description").asText(),
                                e.path("type").asText(),
                                e.path("required").asBoolean(),
                                e.has("valueSet") ? e.path("valueSet").asLong() : null,
                                e.has("maxWords") ? e.path("maxWords").asInt() : null));
                    }
                    sections.add(new Section(
                            s.path("id").asLong(),
                            s.path("name").asText(),
                            s.path("label").asText(),
                            s.path("description").asText(),
                            List.copyOf(elements)));
                }
                forms.put(f.getKey(), new Form(f.getValue().path("name").asText(), List.copyOf(sections)));
            });
            return new AccessForms(Map.copyOf(forms), Map.copyOf(sets));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the node's access forms", e);
        }
    }

    /** The form for a request: Annex III's when it asks only for the observational-study entry, else Annex II's. */
    Form formFor(boolean observationalStudyOnly) {
        return forms.get(observationalStudyOnly ? OBSERVATIONAL_STUDY : DATA_ACCESS);
    }

    /** Every element of {@code form}, as the node checks a payload against it. */
    static List<Element> elements(Form form) {
        List<Element> all = new ArrayList<>();
        for (Section s : form.sections()) {
            for (ElementDef e : s.elements()) {
                all.add(new Element(s.name(), e.name(), e.label(), e.type(), e.required(), e.maxWords()));
            }
        }
        return all;
    }

    /** {@code form} as the API shows it, its links under {@code api} (the node's {@code …/api/v3}). */
    static AccessForm shown(Form form, String api) {
        List<FormSection> sections = new ArrayList<>();
        for (Section s : form.sections()) {
            List<FormElement> elements = new ArrayList<>();
            for (ElementDef e : s.elements()) {
                Map<String, Link> links = new LinkedHashMap<>();
                links.put("elements", Link.to(api + "/elements"));
                links.put(
                        "remove",
                        new Link(
                                api + "/access-forms/{formId}/sections/" + s.id() + "/elements/" + e.id(),
                                true,
                                null,
                                null));
                links.put("self", new Link(api + "/elements/{id}", true, null, null));
                if (e.valueSet() != null) {
                    links.put("value-set", Link.to(api + "/value-sets/" + e.valueSet()));
                }
                elements.add(
                        new FormElement(e.id(), e.name(), e.label(), e.description(), e.type(), e.required(), links));
            }
            Map<String, Link> sectionLinks = new LinkedHashMap<>();
            sectionLinks.put("sections", Link.to(api + "/sections"));
            sectionLinks.put("remove", templated(api + "/access-forms/{formId}/sections/" + s.id()));
            sectionLinks.put(
                    "add_elements", templated(api + "/access-forms/{formId}/sections/" + s.id() + "/elements"));
            sectionLinks.put("self", templated(api + "/sections/{id}"));
            sections.add(new FormSection(s.id(), s.name(), s.label(), s.description(), elements, sectionLinks));
        }
        Map<String, Link> formLinks = new LinkedHashMap<>();
        formLinks.put("access-forms", Link.to(api + "/access-forms"));
        formLinks.put("self", templated(api + "/access-forms/{formId}"));
        formLinks.put("add_sections", templated(api + "/access-forms/{formId}/sections"));
        return new AccessForm(null, form.name(), sections, formLinks);
    }

    private static Link templated(String href) {
        return new Link(href, true, null, null);
    }

    Optional<ValueSet> valueSet(long id, String api) {
        Values v = valueSets.get(id);
        if (v == null) {
            return Optional.empty();
        }
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("value-sets", Link.to(api + "/value-sets"));
        links.put("self", Link.to(api + "/value-sets/" + id));
        return Optional.of(new ValueSet(v.id(), v.name(), "none", v.values(), links));
    }

    /** The values a choice element may take. */
    List<String> values(Long valueSet) {
        Values v = valueSet == null ? null : valueSets.get(valueSet);
        return v == null ? List.of() : v.values();
    }
}
