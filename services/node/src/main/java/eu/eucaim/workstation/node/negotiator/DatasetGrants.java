package eu.eucaim.workstation.node.negotiator;

import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Which datasets a researcher was granted through the Negotiator (user guide 4.7): a negotiation of theirs whose
 * resource for the dataset a representative made available ({@code RESOURCE_MADE_AVAILABLE}), for as long as the
 * negotiation runs. Read from the tables on every call, never cached, so that a conclusion takes effect at once.
 */
public final class DatasetGrants {
    /** Where a caller stands with one dataset. */
    public enum Standing {
        /** No negotiation of theirs made the dataset available. */
        NONE,
        /** A running negotiation (in progress, or paused) made it available. */
        GRANTED,
        /** Every negotiation that made it available has ended (concluded or abandoned). */
        ENDED
    }

    /**
     * @param negotiationId the granting negotiation (the ended one for {@link Standing#ENDED}); null for NONE
     * @param status        that negotiation's status as the Negotiator names it (e.g. "CONCLUDED"); null for NONE
     */
    public record Grant(Standing standing, String negotiationId, String status) {
        static final Grant NONE = new Grant(Standing.NONE, null, null);
    }

    /**
     * A negotiation paused after the representative made the data available keeps the access: pausing halts the
     * negotiation's steps, not the project the data was granted for. Abandoning ends it as concluding does.
     */
    private static final String RUNNING =
            "'" + NegotiationState.IN_PROGRESS.name() + "', '" + NegotiationState.PAUSED.name() + "'";

    private final DataSource db;

    public DatasetGrants(DataSource db) {
        this.db = db;
    }

    /** Every dataset {@code account} was ever made available, with where it stands now: one query. */
    public Map<String, Grant> of(String account) {
        Map<String, Grant> grants = new HashMap<>();
        if (account == null) {
            return grants;
        }
        String sql = "SELECT r.dataset_id, n.id, n.status, CASE WHEN n.status IN (" + RUNNING + ") THEN 1 ELSE 0 END"
                + " FROM negotiation n"
                + " JOIN negotiator_person p ON p.id = n.author_id"
                + " JOIN negotiation_resource r ON r.negotiation_id = n.id"
                + " WHERE p.account = ? AND r.state = ?"
                + " ORDER BY n.modified_at DESC, n.id";
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, account);
            ps.setString(2, ResourceState.RESOURCE_MADE_AVAILABLE.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Grant g = new Grant(
                            rs.getInt(4) == 1 ? Standing.GRANTED : Standing.ENDED, rs.getString(2), rs.getString(3));
                    // a running grant wins over an ended one; among ended ones, the latest change is told
                    grants.merge(
                            rs.getString(1),
                            g,
                            (a, b) -> a.standing() == Standing.GRANTED ? a : b.standing() == Standing.GRANTED ? b : a);
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the negotiations' grants: " + e.getMessage(), e);
        }
        return grants;
    }
}
