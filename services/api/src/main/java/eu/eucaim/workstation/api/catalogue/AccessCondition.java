package eu.eucaim.workstation.api.catalogue;

/** How the data of a dataset may be used (the user guide's three access models). */
public enum AccessCondition {
    /** Downloadable for offline processing. */
    DOWNLOAD(
            "Downloadable",
            "Downloadable",
            "The data can be downloaded for offline processing.",
            "The data can be downloaded for offline processing."),
    /** Visualised and processed on the holder's site. */
    IN_SITU_PROCESSING(
            "On-site processing",
            "On-site only (no download)",
            "The data can be visualised and processed on the data holder's site.",
            "The data can be visualised and processed only on the data holder's site; no download."),
    /** Processed through batch jobs submitted to the holder. */
    REMOTE_PROCESSING(
            "Remote processing",
            "Remote processing only (no viewing)",
            "The data can be processed through batch jobs run remotely.",
            "The data can be processed only through batch jobs run remotely; no download, no viewing.");

    private final String label;
    private final String aloneLabel;
    private final String explanation;
    private final String aloneExplanation;

    AccessCondition(String label, String aloneLabel, String explanation, String aloneExplanation) {
        this.label = label;
        this.aloneLabel = aloneLabel;
        this.explanation = explanation;
        this.aloneExplanation = aloneExplanation;
    }

    /** The condition on its own terms, as a filter reads: "On-site processing". */
    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    /**
     * The condition as one of a dataset's {@code all}: "… only" when it is the dataset's one condition, plain when
     * another applies too (a dataset both "Downloadable" and "On-site only" said two contradictory things).
     */
    public String labelAmong(java.util.Collection<AccessCondition> all) {
        return all.size() == 1 && all.contains(this) ? aloneLabel : label;
    }

    public String explanationAmong(java.util.Collection<AccessCondition> all) {
        return all.size() == 1 && all.contains(this) ? aloneExplanation : explanation;
    }
}
