package eu.eucaim.workstation.app.dashboard;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The four ways to take part in EUCAIM, as on the dashboard's "Become a …" cards. */
public enum Role {
    USER(
            "User",
            Material2MZ.PERSON,
            "Researchers and clinicians who search the catalogue, ask for access to datasets and analyse "
                    + "the images, by download or on the data holder's site, for AI development and validation."),
    SOFTWARE_PROVIDER(
            "Software provider",
            Material2AL.CODE,
            "Teams who bring AI models and processing tools to the platform, so that users can run them "
                    + "where the data lives and the data never has to leave its holder."),
    DATA_HOLDER(
            "Data holder",
            Material2MZ.STORAGE,
            "Hospitals, research centres and biobanks who publish their imaging datasets in the catalogue, "
                    + "keep them on their own node and decide who may use them and how."),
    MEMBER(
            "Member",
            Material2AL.GROUPS,
            "Organisations who join the EUCAIM federation, help govern it, and run a node that connects "
                    + "their data and services to the rest of Europe.");

    private final String title;
    private final Ikon icon;
    private final String text;

    Role(String title, Ikon icon, String text) {
        this.title = title;
        this.icon = icon;
        this.text = text;
    }

    public Ikon icon() {
        return icon;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }
}
