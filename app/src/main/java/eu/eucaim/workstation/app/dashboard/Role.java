package eu.eucaim.workstation.app.dashboard;

/** The four ways to take part in EUCAIM, as on the dashboard's "Become a …" cards. */
public enum Role {
    USER("User",
            "Researchers and clinicians who search the catalogue, ask for access to datasets and analyse "
                    + "the images, by download or on the data holder's site, for AI development and validation."),
    SOFTWARE_PROVIDER("Software provider",
            "Teams who bring AI models and processing tools to the platform, so that users can run them "
                    + "where the data lives and the data never has to leave its holder."),
    DATA_HOLDER("Data holder",
            "Hospitals, research centres and biobanks who publish their imaging datasets in the catalogue, "
                    + "keep them on their own node and decide who may use them and how."),
    MEMBER("Member",
            "Organisations who join the EUCAIM federation, help govern it, and run a node that connects "
                    + "their data and services to the rest of Europe.");

    private final String title;
    private final String text;

    Role(String title, String text) {
        this.title = title;
        this.text = text;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }
}
