package eu.eucaim.workstation.api.query.spot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One site's result of a Beam task, as Spot streams it in an {@code event: new_result} (samply/beam
 * {@code beam-lib/src/messages.rs}, {@code TaskResult<RawString>}; fields in Beam's order, {@code metadata} sent as
 * {@code null} too, as Focus sends it).
 *
 * @param from     the answering app, {@code focus.<site>.broker.<domain>}: the site is its second label
 * @param to       who the result is for (the task's sender)
 * @param task     the task id
 * @param status   where the site is
 * @param body     for {@code succeeded}, base64 of the site's JSON answer; for a failure, a message in words (Focus
 *                 sends its error text as it is); for {@code claimed}, {@code "null"} (Focus's empty body)
 * @param metadata anything; Focus sends null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"from", "to", "task", "status", "body", "metadata"})
public record TaskResult(String from, List<String> to, String task, WorkStatus status, String body, JsonNode metadata) {
    public TaskResult {
        to = to == null ? null : List.copyOf(to);
        // JSON null reads as a NullNode: one value for "none", however it came.
        metadata = metadata == null || metadata.isNull() ? null : metadata;
    }

    /** The site of {@link #from()}: {@code from.split('.')[1]}, as Lens and Spot read it; null when there is none. */
    public String site() {
        if (from == null) {
            return null;
        }
        String[] labels = from.split("\\.", -1);
        return labels.length > 1 && !labels[1].isEmpty() ? labels[1] : null;
    }

    /** Whether every field Beam always sends is here (a result without them cannot be placed). */
    public boolean complete() {
        return site() != null && to != null && task != null && status != null && body != null;
    }

    /** {@code focus.<site>.broker.<domain>}: the app id of a site's Focus behind a broker. */
    public static String focusOf(String site, String domain) {
        Objects.requireNonNull(site, "site");
        return "focus." + site + ".broker." + domain;
    }
}
