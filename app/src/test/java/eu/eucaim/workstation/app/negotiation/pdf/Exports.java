package eu.eucaim.workstation.app.negotiation.pdf;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.negotiation.AccessForm;
import eu.eucaim.workstation.api.negotiation.Attachment;
import eu.eucaim.workstation.api.negotiation.FormElement;
import eu.eucaim.workstation.api.negotiation.FormSection;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.Organization;
import eu.eucaim.workstation.api.negotiation.Person;
import eu.eucaim.workstation.api.negotiation.Post;
import eu.eucaim.workstation.api.negotiation.TimelineEvent;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Negotiations to export, built from the API's records as the Negotiator sends them. */
final class Exports {
    static final String ID = "b10dac19-d5e5-4215-af7f-2b37d661dfc7";
    static final String TITLE = "Badanie płuc w Łodzi i Győrben";
    static final String AUTHOR = "Zoltán Kovács-Wójcik";
    static final String[] STATES = {
        null,
        "REPRESENTATIVE_CONTACTED",
        "CHECKING_AVAILABILITY",
        "RESOURCE_AVAILABLE",
        "ACCESS_CONDITIONS_INDICATED",
        "RESOURCE_MADE_AVAILABLE"
    };
    static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);
    static final String LONG_ANSWER = longAnswer();

    private Exports() {}

    /** Three sections; the third (ethics vote) is null in the payload. */
    static AccessForm form() {
        return new AccessForm(
                null,
                "Combined access form",
                List.of(
                        new FormSection(
                                1,
                                "project",
                                "Project",
                                null,
                                List.of(
                                        element(1, "title", "Project title", "TEXT"),
                                        element(2, "about", "How to fill this in", "INFORMATION"),
                                        element(3, "description", "Study description", "TEXT_LARGE"),
                                        element(4, "profit", "For profit", "BOOLEAN"),
                                        element(5, "modality-list", "Image modalities", "MULTIPLE_CHOICE")),
                                Map.of()),
                        new FormSection(
                                2,
                                "request",
                                "Request",
                                null,
                                List.of(
                                        element(6, "donors", "Number of subjects", "NUMBER"),
                                        element(7, "protocol", "Study protocol", "FILE"),
                                        element(8, "specifics", "Specific needs", "TEXT")),
                                Map.of()),
                        new FormSection(
                                3,
                                "ethics-vote",
                                "Ethics vote",
                                null,
                                List.of(
                                        element(9, "ethics-vote", "Ethics committee decision", "TEXT_LARGE"),
                                        element(10, "ethics-attachment", "Decision letter", "FILE")),
                                Map.of())),
                Map.of());
    }

    static ObjectNode payload() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode payload = json.objectNode();
        ObjectNode project = payload.putObject("project");
        project.put("title", TITLE);
        project.put("description", LONG_ANSWER);
        project.put("profit", "No");
        project.putArray("modality-list").add("CT").add("MR");
        ObjectNode request = payload.putObject("request");
        request.put("donors", "1200");
        request.putObject("protocol")
                .put("id", "a1")
                .putNull("organizationId")
                .put("name", "protokół-badania.pdf")
                .put("contentType", "application/pdf")
                .put("size", 193);
        request.put("specifics", "");
        payload.putNull("ethics-vote");
        return payload;
    }

    static NegotiationExport export(int datasets, List<Attachment> attachments) {
        Person author = person(AUTHOR, "zoltan@example.org");
        Negotiation negotiation = new Negotiation(
                ID,
                "7",
                author,
                payload(),
                "IN_PROGRESS",
                "modality = CT AND body part = LUNG",
                true,
                true,
                "2026-03-01T10:15:30.495805",
                "2026-03-05T16:45:00.123456789",
                true,
                Map.of());
        return new NegotiationExport(
                negotiation,
                form(),
                resources(datasets),
                attachments,
                timeline(20),
                posts(20),
                ZonedDateTime.of(2026, 3, 9, 12, 30, 0, 0, ZoneOffset.UTC));
    }

    static List<Attachment> twoAttachments() {
        return List.of(
                new Attachment("att-1", null, "zgoda-komisji-etycznej.pdf", "application/pdf", 48_213),
                new Attachment(
                        "att-2",
                        "eucaim:org:2",
                        "Győri_adatok_leírás.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        2_345_678));
    }

    static String datasetName(int i) {
        return String.format("Zbiór %04d Łódź–Pécs", i);
    }

    static String datasetId(int i) {
        return String.format("eucaim:ds:%04d", i);
    }

    static List<NegotiationResource> resources(int count) {
        List<NegotiationResource> resources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Organization organisation =
                    new Organization(100 + i % 7, "eucaim:org:" + i % 7, "Szpital " + i % 7 + " Gdańsk", false);
            resources.add(new NegotiationResource(
                    i, datasetId(i), datasetName(i), null, organisation, STATES[i % STATES.length], Map.of()));
        }
        return resources;
    }

    /** Events at even minutes. */
    static List<TimelineEvent> timeline(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new TimelineEvent(
                        "Demo Access Committee",
                        "Event number " + i + " happened",
                        START.plusMinutes(2L * i).toString()))
                .toList();
    }

    /** Messages at odd minutes; every fifth one private to an organisation. */
    static List<Post> posts(int count) {
        Person writer = person("Ágnes Ślęzak", null);
        return IntStream.range(0, count)
                .mapToObj(i -> new Post(
                        "p" + i,
                        ID,
                        "Message number " + i + " from Ágnes",
                        START.plusMinutes(2L * i + 1).toString(),
                        writer,
                        i % 5 == 0 ? "eucaim:org:3" : null,
                        i % 5 == 0 ? "PRIVATE" : "PUBLIC",
                        Map.of()))
                .toList();
    }

    static Person person(String name, String email) {
        return new Person("1", "subject", name, email, null, false, false, false, false);
    }

    private static FormElement element(long id, String name, String label, String type) {
        return new FormElement(id, name, label, null, type, false, Map.of());
    }

    /** 600 words, with Polish and Hungarian ones among them. */
    private static String longAnswer() {
        String[] words = {
            "tomografia",
            "płuc",
            "őssejt",
            "analysis",
            "cohort",
            "zażółć",
            "gęślą",
            "jaźń",
            "árvíztűrő",
            "tükörfúrógép",
            "imaging",
            "é"
        };
        return IntStream.range(0, 600)
                .mapToObj(i -> words[i % words.length] + i)
                .collect(Collectors.joining(" "));
    }
}
