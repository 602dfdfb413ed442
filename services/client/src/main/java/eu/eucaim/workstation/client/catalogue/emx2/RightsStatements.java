package eu.eucaim.workstation.client.catalogue.emx2;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A distribution's rights statement (dct:rights) read as the access condition it states. The EUCAIM catalogue ships
 * three statements ({@code rightsstatement}: "Authorisation to download the datasets.", "… to access, view and
 * process in-situ …", "… to remotely process … without the ability to access and visualise …"); they are known by
 * their ids, and any other statement by what its label says. Statements seen in replies are remembered, so a filter
 * on a condition asks for every statement of it.
 */
final class RightsStatements {
    private static final Map<String, AccessCondition> EUCAIM = Map.of(
            "3738936814", AccessCondition.DOWNLOAD,
            "3738205646", AccessCondition.IN_SITU_PROCESSING,
            "2750586429", AccessCondition.REMOTE_PROCESSING);

    private final Map<String, AccessCondition> seen = new ConcurrentHashMap<>(EUCAIM);

    /** The condition statement {@code id} states, judged by its {@code label} when the id is new. */
    Optional<AccessCondition> condition(String id, String label) {
        AccessCondition known = seen.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<AccessCondition> said = said(label);
        said.ifPresent(c -> seen.put(id, c));
        return said;
    }

    Optional<AccessCondition> condition(String id) {
        return Optional.ofNullable(seen.get(id));
    }

    /** Every statement known to state {@code condition}: what a filter on it asks for. */
    List<String> ids(AccessCondition condition) {
        List<String> ids = new ArrayList<>();
        seen.forEach((id, c) -> {
            if (c == condition) {
                ids.add(id);
            }
        });
        ids.sort(null);
        return ids;
    }

    /** Remote first: its statement says it gives no access to view, which mentions access too. */
    static Optional<AccessCondition> said(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("remote")) {
            return Optional.of(AccessCondition.REMOTE_PROCESSING);
        }
        if (l.contains("in-situ") || l.contains("in situ") || l.contains("on-site") || l.contains("on site")) {
            return Optional.of(AccessCondition.IN_SITU_PROCESSING);
        }
        if (l.contains("download")) {
            return Optional.of(AccessCondition.DOWNLOAD);
        }
        return Optional.empty();
    }
}
