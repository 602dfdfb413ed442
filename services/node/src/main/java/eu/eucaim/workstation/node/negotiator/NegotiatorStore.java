package eu.eucaim.workstation.node.negotiator;

import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The Negotiator's tables (migration V5): people, requests, negotiations, their datasets and timeline. Writes are
 * serialised by the caller ({@link Negotiator} holds one lock), so numbering with MAX()+1 is safe on one node.
 */
final class NegotiatorStore {
    /** Upstream numbers people from 10000. */
    private static final long FIRST_PERSON = 10_000;

    record StoredPerson(long id, String account, String subjectId, String name, String email, Long lastLogin) {}

    record StoredRequest(String id, String url, String humanReadable, List<String> datasetIds, long createdAt) {}

    record StoredNegotiation(
            String id,
            long displayId,
            long authorId,
            String payload,
            NegotiationState status,
            String humanReadable,
            String requestUrl,
            boolean publicPosts,
            boolean privatePosts,
            long createdAt,
            long modifiedAt) {}

    record StoredResource(int position, String datasetId, ResourceState state) {}

    record StoredEvent(long personId, String text, long at) {}

    record StoredPost(
            String id, String negotiationId, long personId, String type, String organizationId, String text, long at) {}

    private final DataSource db;

    NegotiatorStore(DataSource db) {
        this.db = db;
    }

    // ---- people

    /**
     * The person with {@code account}, made on first call: named as the node's own user is (display name, e-mail),
     * else {@code name} (a trusted issuer's user).
     */
    StoredPerson person(String account, String subjectId, String name, long now) {
        return runMaking(c -> {
            String[] details = userDetails(c, account, name);
            String shownName = details[0];
            String email = details[1];
            Optional<StoredPerson> existing = personWhere(c, "account", account);
            if (existing.isPresent()) {
                update(
                        c,
                        "UPDATE negotiator_person SET name = ?, email = ?, last_login = ? WHERE id = ?",
                        shownName,
                        email,
                        now,
                        existing.get().id());
                return new StoredPerson(existing.get().id(), account, subjectId, shownName, email, now);
            }
            long id = Math.max(FIRST_PERSON, nextId(c, "negotiator_person"));
            update(
                    c,
                    "INSERT INTO negotiator_person (id, account, subject_id, name, email, last_login)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    id,
                    account,
                    subjectId,
                    shownName,
                    email,
                    now);
            return new StoredPerson(id, account, subjectId, shownName, email, now);
        });
    }

    /** The person of the node's own user {@code account}, made if they never called (to notify them). */
    StoredPerson ensurePerson(String account) {
        return runMaking(c -> {
            Optional<StoredPerson> existing = personWhere(c, "account", account);
            if (existing.isPresent()) {
                return existing.get();
            }
            String[] details = userDetails(c, account, account);
            String name = details[0];
            String email = details[1];
            long id = Math.max(FIRST_PERSON, nextId(c, "negotiator_person"));
            update(
                    c,
                    "INSERT INTO negotiator_person (id, account, subject_id, name, email, last_login)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    id,
                    account,
                    account,
                    name,
                    email,
                    null);
            return new StoredPerson(id, account, account, name, email, null);
        });
    }

    /** The node's own user {@code account}'s display name and e-mail, or {@code name} and none for anyone else. */
    private static String[] userDetails(Connection c, String account, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT display_name, email FROM auth_user WHERE id = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : new String[] {name, null};
            }
        }
    }

    /** Whether a data steward of this node represents {@code biobankId}'s datasets. */
    boolean hasRepresentative(String biobankId) {
        return run(c -> !strings(c, "SELECT user_id FROM auth_steward_biobank WHERE biobank_id = ?", biobankId)
                .isEmpty());
    }

    Optional<StoredPerson> personById(long id) {
        return run(c -> personWhere(c, "id", id));
    }

    private static Optional<StoredPerson> personWhere(Connection c, String column, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, account, subject_id, name, email, last_login"
                + " FROM negotiator_person WHERE " + column + " = ?")) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long last = rs.getLong(6);
                return Optional.of(new StoredPerson(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.wasNull() ? null : last));
            }
        }
    }

    // ---- requests

    void createRequest(StoredRequest r) {
        run(c -> {
            update(
                    c,
                    "INSERT INTO negotiator_request (id, url, human_readable, created_at) VALUES (?, ?, ?, ?)",
                    r.id(),
                    r.url(),
                    r.humanReadable(),
                    r.createdAt());
            for (int i = 0; i < r.datasetIds().size(); i++) {
                update(
                        c,
                        "INSERT INTO negotiator_request_resource (request_id, position, dataset_id)"
                                + " VALUES (?, ?, ?)",
                        r.id(),
                        i,
                        r.datasetIds().get(i));
            }
            return null;
        });
    }

    Optional<StoredRequest> request(String id) {
        return run(c -> {
            String url;
            String humanReadable;
            long created;
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT url, human_readable, created_at FROM negotiator_request WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    url = rs.getString(1);
                    humanReadable = rs.getString(2);
                    created = rs.getLong(3);
                }
            }
            List<String> datasets = strings(
                    c,
                    "SELECT dataset_id FROM negotiator_request_resource WHERE request_id = ?" + " ORDER BY position",
                    id);
            return Optional.of(new StoredRequest(id, url, humanReadable, datasets, created));
        });
    }

    // ---- negotiations

    /** Makes the negotiation from {@code request}, which is gone afterwards (as upstream: 404 from then on). */
    StoredNegotiation createNegotiation(
            String id, StoredRequest request, long authorId, String payload, NegotiationState status, long now) {
        return run(c -> {
            long displayId = nextDisplayId(c);
            update(
                    c,
                    "INSERT INTO negotiation (id, display_id, author_id, payload, status, human_readable,"
                            + " request_url, public_posts, private_posts, created_at, modified_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    displayId,
                    authorId,
                    payload,
                    status.name(),
                    request.humanReadable(),
                    request.url(),
                    false,
                    false,
                    now,
                    now);
            for (int i = 0; i < request.datasetIds().size(); i++) {
                update(
                        c,
                        "INSERT INTO negotiation_resource (negotiation_id, position, dataset_id, state)"
                                + " VALUES (?, ?, ?, ?)",
                        id,
                        i,
                        request.datasetIds().get(i),
                        null);
            }
            update(c, "DELETE FROM negotiator_request_resource WHERE request_id = ?", request.id());
            update(c, "DELETE FROM negotiator_request WHERE id = ?", request.id());
            return new StoredNegotiation(
                    id,
                    displayId,
                    authorId,
                    payload,
                    status,
                    request.humanReadable(),
                    request.url(),
                    false,
                    false,
                    now,
                    now);
        });
    }

    Optional<StoredNegotiation> negotiation(String id) {
        return run(c -> {
            List<StoredNegotiation> found = negotiations(c, "WHERE id = ?", id);
            return found.stream().findFirst();
        });
    }

    void updatePayload(String id, String payload, long now) {
        run(c -> update(c, "UPDATE negotiation SET payload = ?, modified_at = ? WHERE id = ?", payload, now, id));
    }

    void updateStatus(String id, NegotiationState status, boolean publicPosts, boolean privatePosts, long now) {
        run(c -> update(
                c,
                "UPDATE negotiation SET status = ?, public_posts = ?, private_posts = ?, modified_at = ?"
                        + " WHERE id = ?",
                status.name(),
                publicPosts,
                privatePosts,
                now,
                id));
    }

    List<StoredResource> resources(String negotiationId) {
        return run(c -> {
            List<StoredResource> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT position, dataset_id, state FROM"
                    + " negotiation_resource WHERE negotiation_id = ? ORDER BY position")) {
                ps.setString(1, negotiationId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String state = rs.getString(3);
                        list.add(new StoredResource(
                                rs.getInt(1), rs.getString(2), state == null ? null : ResourceState.valueOf(state)));
                    }
                }
            }
            return list;
        });
    }

    void updateResourceState(String negotiationId, String datasetId, ResourceState state, long now) {
        run(c -> {
            update(
                    c,
                    "UPDATE negotiation_resource SET state = ? WHERE negotiation_id = ? AND dataset_id = ?",
                    state.name(),
                    negotiationId,
                    datasetId);
            update(c, "UPDATE negotiation SET modified_at = ? WHERE id = ?", now, negotiationId);
            return null;
        });
    }

    void addEvent(String negotiationId, long personId, String text, long at) {
        run(c -> update(
                c,
                "INSERT INTO negotiation_event (id, negotiation_id, person_id, text, at)" + " VALUES (?, ?, ?, ?, ?)",
                nextId(c, "negotiation_event"),
                negotiationId,
                personId,
                text,
                at));
    }

    List<StoredEvent> events(String negotiationId) {
        return run(c -> {
            List<StoredEvent> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT person_id, text, at FROM negotiation_event WHERE negotiation_id = ? ORDER BY id")) {
                ps.setString(1, negotiationId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
            return list;
        });
    }

    void addPost(StoredPost p) {
        run(c -> update(
                c,
                "INSERT INTO negotiation_post (id, negotiation_id, person_id, post_type, organization_id,"
                        + " text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                p.id(),
                p.negotiationId(),
                p.personId(),
                p.type(),
                p.organizationId(),
                p.text(),
                p.at()));
    }

    List<StoredPost> posts(String negotiationId) {
        return run(c -> {
            List<StoredPost> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, person_id, post_type, organization_id, text,"
                    + " created_at FROM negotiation_post WHERE negotiation_id = ? ORDER BY created_at, id")) {
                ps.setString(1, negotiationId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new StoredPost(
                                rs.getString(1),
                                negotiationId,
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getLong(6)));
                    }
                }
            }
            return list;
        });
    }

    /** The author's negotiations, newest first. */
    List<StoredNegotiation> byAuthor(long authorId) {
        return run(c -> negotiations(c, "WHERE author_id = ? ORDER BY created_at DESC, display_id DESC", authorId));
    }

    /** Negotiations that hold one of {@code datasetIds} and have left DRAFT, newest first. */
    List<StoredNegotiation> touching(List<String> datasetIds) {
        if (datasetIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(datasetIds.size(), "?"));
        return run(c -> negotiations(
                c,
                "WHERE status <> 'DRAFT' AND id IN (SELECT negotiation_id FROM negotiation_resource WHERE dataset_id IN ("
                        + marks + ")) ORDER BY created_at DESC, display_id DESC",
                datasetIds.toArray()));
    }

    /** Every negotiation past DRAFT, newest first: the access committee's view. */
    List<StoredNegotiation> allSubmitted() {
        return run(c -> negotiations(c, "WHERE status <> 'DRAFT' ORDER BY created_at DESC, display_id DESC"));
    }

    private static List<StoredNegotiation> negotiations(Connection c, String where, Object... args)
            throws SQLException {
        List<StoredNegotiation> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, display_id, author_id, payload, status,"
                + " human_readable, request_url, public_posts, private_posts, created_at, modified_at FROM negotiation "
                + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new StoredNegotiation(
                            rs.getString(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getString(4),
                            NegotiationState.valueOf(rs.getString(5)),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getBoolean(8),
                            rs.getBoolean(9),
                            rs.getLong(10),
                            rs.getLong(11)));
                }
            }
        }
        return list;
    }

    // ---- plumbing

    private static long nextDisplayId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(display_id), 0) + 1 FROM negotiation");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long nextId(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection c, String sql, Object... args) throws SQLException {
        List<String> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
            }
        }
        return list;
    }

    private static Void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        }
        return null;
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                ps.setObject(i + 1, null);
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * One transaction that makes a row another call may be making at the same moment (a user's first calls come
     * together): when the other's commit wins, this one violates a unique key, and it runs once more and finds that row.
     */
    private <T> T runMaking(Work<T> work) {
        try {
            return run(work);
        } catch (StorageException e) {
            if (e.getCause() instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return run(work);
            }
            throw e;
        }
    }

    /** SQLSTATE of a unique or primary key violated, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** One transaction. */
    private <T> T run(Work<T> work) {
        try (Connection c = db.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StorageException("The negotiator's storage failed: " + e.getMessage(), e);
        }
    }
}
