package eu.eucaim.workstation.api.catalogue;

/**
 * The facets of the catalogue search. {@link #param()} is both the query parameter name and the key in
 * {@link DatasetPage#facets()}.
 */
public enum CatalogueFacet {
    COUNTRY("country", "Country"),
    CONDITION("condition", "Condition"),
    MODALITY("modality", "Modality"),
    BODY_PART("bodyPart", "Body part"),
    MANUFACTURER("manufacturer", "Manufacturer"),
    ACCESS_CONDITION("accessCondition", "Access");

    private final String param;
    private final String label;

    CatalogueFacet(String param, String label) {
        this.param = param;
        this.label = label;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }
}
