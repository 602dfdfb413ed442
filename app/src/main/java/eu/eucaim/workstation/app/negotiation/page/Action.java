package eu.eucaim.workstation.app.negotiation.page;

/** An event the user may fire now: its name for the API, its label for the button, what it does. */
public record Action(String event, String label, String description) {
    /** Whether a document may go with it: access conditions are indicated as text and an attachment. */
    public boolean takesDocument() {
        return "INDICATE_ACCESS_CONDITIONS".equals(event);
    }

    /** Where the comment the confirmation asks for goes. */
    public String commentPrompt() {
        return takesDocument()
                ? "The access conditions, as the researcher will read them (a document can be attached next)"
                : "An optional comment, sent as a message with it";
    }
}
