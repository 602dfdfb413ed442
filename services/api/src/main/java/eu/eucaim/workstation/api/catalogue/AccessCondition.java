package eu.eucaim.workstation.api.catalogue;

/** How the data of a dataset may be used (the user guide's three access models). */
public enum AccessCondition {
    /** Downloadable for offline processing. */
    DOWNLOAD("Downloadable", "Data can be downloaded for offline processing."),
    /** Visualise and process only on the holder's site; no download. */
    IN_SITU_PROCESSING(
            "On-site only", "Data can be visualised and processed only on the data holder's site; no download."),
    /** Processing only through batch jobs submitted to the holder. */
    REMOTE_PROCESSING(
            "Remote processing only",
            "Data can be processed only through batch jobs run remotely; no download, no viewing.");

    private final String label;
    private final String explanation;

    AccessCondition(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
