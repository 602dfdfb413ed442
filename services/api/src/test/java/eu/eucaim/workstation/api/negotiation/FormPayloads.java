package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.Json;

/**
 * Access-form payloads for the tests of every module that submits a negotiation (the node's, the client's, the
 * app's): the EUCAIM data-access form as the node serves it, filled in.
 */
public final class FormPayloads {
    private FormPayloads() {}

    /** Every required element of the EUCAIM form answered, so that SUBMIT passes. */
    public static ObjectNode complete() {
        ObjectNode p = Json.mapper().createObjectNode();
        ObjectNode contact = p.putObject("contact");
        contact.put("organisation-name", "Hospital Universitari");
        contact.put("pi-title", "Dr.");
        contact.put("pi-name", "Ana");
        contact.put("pi-surname", "Garcia");
        contact.put("expected-end", "2027-12-31");
        contact.put("phone", "+34 600 000 000");
        contact.put("applicant-role", "Researcher");
        ObjectNode sci = p.putObject("scientific");
        sci.put("use-case-title", "Lung nodule detection");
        sci.put("description", "We train a detector.");
        sci.put("timeline", "Two years");
        sci.put("intended-use", "Validation of an AI model");
        sci.put("period-needed", "12");
        ObjectNode eth = p.putObject("ethical-legal");
        eth.put("ethics-approval", "Certificate available");
        eth.put("gdpr-obligations", "DPIA done");
        eth.putArray("due-diligence").add("DPIA or audit");
        eth.put("mdr", "No");
        eth.put("altai", "In progress");
        eth.put("legal-compliance", "Yes");
        eth.put("confidentiality", "Yes");
        ObjectNode docs = p.putObject("documents");
        docs.putObject("ethics-report")
                .put("id", "a1")
                .put("name", "ethics.pdf")
                .put("contentType", "application/pdf")
                .put("size", 193);
        docs.putObject("approved-project")
                .put("id", "a2")
                .put("name", "project.pdf")
                .put("contentType", "application/pdf")
                .put("size", 200);
        p.putObject("confirmation").put("consent", "Yes");
        return p;
    }
}
