package eu.eucaim.workstation.node.negotiator;

import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Notifications and their e-mail outbox (migration V8), and who is who among the node's own users. The outbox is sent
 * by mail.OutboxDispatcher.
 */
final class NotificationStore {
    record StoredNotification(
            long id, long recipientId, String negotiationId, String title, String message, boolean read, long at) {}

    private final DataSource db;

    NotificationStore(DataSource db) {
        this.db = db;
    }

    /** The node's users holding {@code role} (e.g. admin): their user ids, which are their accounts. */
    List<String> usersWithRole(String role) {
        return strings("SELECT user_id FROM auth_user_role WHERE role = ? ORDER BY user_id", role);
    }

    /** The node's users who represent {@code biobankId}'s datasets. */
    List<String> representativesOf(String biobankId) {
        return strings("SELECT user_id FROM auth_steward_biobank WHERE biobank_id = ? ORDER BY user_id", biobankId);
    }

    /** Adds a notification and its e-mail (when the recipient has an address) in one transaction; returns its id. */
    long add(
            long recipientId,
            String recipientEmail,
            String negotiationId,
            String title,
            String message,
            long at,
            String host) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement ps =
                                c.prepareStatement("SELECT COALESCE(MAX(id), 10000) + 1 FROM negotiator_notification");
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO negotiator_notification (id, recipient_id,"
                        + " negotiation_id, title, message, read_flag, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setLong(2, recipientId);
                    ps.setString(3, negotiationId);
                    ps.setString(4, title);
                    ps.setString(5, message);
                    ps.setBoolean(6, false);
                    ps.setLong(7, at);
                    ps.executeUpdate();
                }
                if (recipientEmail != null && !recipientEmail.isBlank()) {
                    // The negotiation's id (a UUID) makes the Message-ID unique beyond this database: mail
                    // services drop a message whose Message-ID they have seen, and ids restart with a new database.
                    String messageId = "<notification-" + id + "." + negotiationId + "@" + host + ">";
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO negotiator_email_outbox"
                            + " (notification_id, recipient, subject, body, message_id, thread_id, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        ps.setLong(1, id);
                        ps.setString(2, recipientEmail);
                        ps.setString(3, title);
                        ps.setString(4, message);
                        ps.setString(5, messageId);
                        ps.setString(
                                6, threadRoot(c, negotiationId, recipientEmail).orElse(messageId));
                        ps.setLong(7, at);
                        ps.executeUpdate();
                    }
                }
                c.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot keep a notification: " + e.getMessage(), e);
        }
    }

    /**
     * The thread an e-mail about {@code negotiationId} to {@code recipient} belongs to: the Message-ID of the first
     * e-mail this recipient got about it, which the later ones answer ({@code In-Reply-To}, {@code References}), so
     * that the thread's first message is in their mailbox. Empty when this e-mail is the first: it starts the thread
     * (its {@code thread_id} is its own {@code message_id}; mail.EmailOutbox reads it so).
     */
    private static java.util.Optional<String> threadRoot(Connection c, String negotiationId, String recipient)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT o.message_id FROM negotiator_email_outbox o"
                + " JOIN negotiator_notification n ON n.id = o.notification_id"
                + " WHERE n.negotiation_id = ? AND o.recipient = ? ORDER BY o.notification_id LIMIT 1")) {
            ps.setString(1, negotiationId);
            ps.setString(2, recipient);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** A person's notifications, newest first. */
    List<StoredNotification> of(long recipientId) {
        List<StoredNotification> list = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id, negotiation_id, title, message, read_flag,"
                        + " created_at FROM negotiator_notification WHERE recipient_id = ? ORDER BY id DESC")) {
            ps.setLong(1, recipientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new StoredNotification(
                            rs.getLong(1),
                            recipientId,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getBoolean(5),
                            rs.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the notifications: " + e.getMessage(), e);
        }
        return list;
    }

    /** Marks the recipient's notification {@code id}; false when they have no such notification. */
    boolean mark(long recipientId, long id, boolean read) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE negotiator_notification SET read_flag = ? WHERE id = ? AND recipient_id = ?")) {
            ps.setBoolean(1, read);
            ps.setLong(2, id);
            ps.setLong(3, recipientId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StorageException("Cannot mark the notification: " + e.getMessage(), e);
        }
    }

    private List<String> strings(String sql, String value) {
        List<String> list = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the node's users: " + e.getMessage(), e);
        }
        return list;
    }
}
