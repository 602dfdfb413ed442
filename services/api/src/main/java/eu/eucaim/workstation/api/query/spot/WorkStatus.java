package eu.eucaim.workstation.api.query.spot;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a site is with a Beam task (samply/beam {@code beam-lib/src/messages.rs}, {@code WorkStatus}, lower case on
 * the wire). Only {@link #CLAIMED} is not final: a site that claimed a task answers it later.
 */
public enum WorkStatus {
    @JsonProperty("claimed")
    CLAIMED,
    @JsonProperty("succeeded")
    SUCCEEDED,
    /** Failed, but asking again later may work (a timeout, a 5xx, a site that cannot be reached). */
    @JsonProperty("tempfailed")
    TEMPFAILED,
    /** Failed for good (the site refused the query). */
    @JsonProperty("permfailed")
    PERMFAILED;

    public boolean isFinal() {
        return this != CLAIMED;
    }
}
