package eu.eucaim.workstation.node.negotiator;

import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Notifications and their e-mail outbox (migration V8), and who is who among the node's own users. */
final class NotificationStore {
    record StoredNotification(
            long id, long recipientId, String negotiationId, String title, String message, boolean read, long at) {}

    record Email(
            long notificationId, String recipient, String subject, String body, String messageId, String threadId) {}

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
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO negotiator_email_outbox"
                            + " (notification_id, recipient, subject, body, message_id, thread_id, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        ps.setLong(1, id);
                        ps.setString(2, recipientEmail);
                        ps.setString(3, title);
                        ps.setString(4, message);
                        ps.setString(5, "<notification-" + id + "@" + host + ">");
                        ps.setString(6, "<negotiation-" + negotiationId + "@" + host + ">");
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

    /** The outbox, oldest first: what a sender would send. */
    List<Email> outbox() {
        List<Email> list = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT notification_id, recipient, subject, body,"
                        + " message_id, thread_id FROM negotiator_email_outbox ORDER BY notification_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Email(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)));
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the e-mail outbox: " + e.getMessage(), e);
        }
        return list;
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
