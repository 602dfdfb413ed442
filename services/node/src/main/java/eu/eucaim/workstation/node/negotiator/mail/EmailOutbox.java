package eu.eucaim.workstation.node.negotiator.mail;

import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The e-mail outbox table ({@code negotiator_email_outbox}, migration V8) as the sender sees it: the e-mails not sent
 * yet, and sending one at most once. An e-mail whose {@code thread_id} is its own {@code message_id} starts its
 * thread; the others answer the e-mail whose id their {@code thread_id} is (negotiator.NotificationStore writes
 * them so).
 */
final class EmailOutbox {
    /** An e-mail waiting in the outbox. */
    record Waiting(
            long notificationId, String recipient, String subject, String body, String messageId, String threadId) {
        OutgoingMail mail() {
            return new OutgoingMail(recipient, subject, body, messageId, threadId.equals(messageId) ? null : threadId);
        }
    }

    /** What became of one e-mail. */
    enum Outcome {
        SENT,
        /** Another sender has it (sending it now, or sent it already). */
        TAKEN
    }

    /** The part that talks to the server; runs while the e-mail is claimed. */
    @FunctionalInterface
    interface Delivery {
        void deliver(OutgoingMail mail) throws MailSendException;
    }

    private final DataSource db;

    EmailOutbox(DataSource db) {
        this.db = db;
    }

    /** Up to {@code limit} e-mails not sent yet, oldest first. */
    List<Waiting> unsent(int limit) {
        List<Waiting> list = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT notification_id, recipient, subject, body,"
                        + " message_id, thread_id FROM negotiator_email_outbox WHERE sent_at IS NULL"
                        + " ORDER BY notification_id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Waiting(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the e-mail outbox: " + e.getMessage(), e);
        }
        return list;
    }

    /**
     * Sends {@code e} unless it has been sent: claims its row in a transaction (an update that only an unsent row
     * matches; another sender's claim waits for this one and then matches nothing), delivers it, and commits
     * {@code sent_at} only once the server has taken it. A failed delivery rolls the claim back: the e-mail stays
     * unsent. Should the commit itself fail after the server took the e-mail, it would be sent again later: an
     * e-mail is lost never, sent twice only then.
     *
     * @param now the time to record as {@code sent_at}, asked after the server took the e-mail
     * @throws MailSendException as {@code delivery} threw it; nothing was recorded
     */
    Outcome sendOnce(Waiting e, Delivery delivery, java.util.function.LongSupplier now) throws MailSendException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (update(c, e.notificationId(), 0L, " AND sent_at IS NULL") == 0) {
                    c.rollback();
                    return Outcome.TAKEN;
                }
                delivery.deliver(e.mail());
                update(c, e.notificationId(), now.getAsLong(), "");
                c.commit();
                return Outcome.SENT;
            } catch (MailSendException | SQLException | RuntimeException failed) {
                c.rollback();
                throw failed;
            }
        } catch (SQLException failed) {
            throw new StorageException(
                    "Cannot record the e-mail of notification " + e.notificationId() + ": " + failed.getMessage(),
                    failed);
        }
    }

    /** Sets {@code sent_at}: the claim (0, never committed as such, of an unsent row), then the time it went. */
    private static int update(Connection c, long notificationId, long at, String unsentOnly) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE negotiator_email_outbox SET sent_at = ? WHERE notification_id = ?" + unsentOnly)) {
            ps.setLong(1, at);
            ps.setLong(2, notificationId);
            return ps.executeUpdate();
        }
    }
}
