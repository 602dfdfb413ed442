package eu.eucaim.workstation.app.negotiation.page;

import java.util.List;

/** A section of the application as the negotiation page shows it: its title and the answers, label and text. */
public record PayloadSection(String title, List<Answer> answers) {
    public record Answer(String label, String value) {}
}
