package eu.eucaim.workstation.api.query.spot;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of {@code POST {spot}/beam} (samply/spot {@code src/main.rs}, {@code LensQuery}).
 *
 * @param id    the task id, a UUID; the results are then read from {@code GET {spot}/beam/{id}}
 * @param sites the sites to ask; null (left out) lets Spot ask its configured sites
 * @param query the query for the sites, see {@link SpotQuery#encode}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LensQuery(String id, List<String> sites, String query) {
    public LensQuery {
        sites = sites == null ? null : List.copyOf(sites);
    }
}
