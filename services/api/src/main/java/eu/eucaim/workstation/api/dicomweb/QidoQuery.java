package eu.eucaim.workstation.api.dicomweb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A QIDO-RS search (PS3.18 8.3.4): attribute matches by keyword or tag ({@code PatientName=DOE*},
 * {@code StudyDate=20240101-20241231}, {@code ModalitiesInStudy=CT}, {@code AccessionNumber=…}), the extra
 * attributes wanted back ({@code includefield}), and the page ({@code limit}, {@code offset}; null for the server's
 * default). Immutable: each method gives a new query.
 */
public record QidoQuery(Map<String, String> matches, List<String> includeFields, Integer limit, Integer offset) {
    public QidoQuery {
        matches = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(matches, "matches")));
        includeFields = List.copyOf(Objects.requireNonNull(includeFields, "includeFields"));
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, not " + limit);
        }
        if (offset != null && offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        }
    }

    /** Everything (the server's page). */
    public static QidoQuery all() {
        return new QidoQuery(Map.of(), List.of(), null, null);
    }

    /** Also matching {@code attribute} (a keyword such as PatientName, or a tag such as 00100010) to {@code value}. */
    public QidoQuery where(String attribute, String value) {
        Map<String, String> more = new LinkedHashMap<>(matches);
        more.put(Objects.requireNonNull(attribute, "attribute"), Objects.requireNonNull(value, "value"));
        return new QidoQuery(more, includeFields, limit, offset);
    }

    /** Also returning {@code attribute} (or "all"). */
    public QidoQuery including(String attribute) {
        List<String> more = new java.util.ArrayList<>(includeFields);
        more.add(Objects.requireNonNull(attribute, "attribute"));
        return new QidoQuery(matches, more, limit, offset);
    }

    public QidoQuery page(int limit, int offset) {
        return new QidoQuery(matches, includeFields, limit, offset);
    }
}
