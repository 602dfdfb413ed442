package eu.eucaim.workstation.node.negotiator.mail;

import java.util.Objects;

/**
 * One e-mail as the outbox hands it to a {@link MailSender}.
 *
 * @param to         the recipient's address
 * @param messageId  its {@code Message-ID}, angle brackets included: {@code <notification-7.abc@host>}
 * @param threadRoot the {@code Message-ID} of the first e-mail of its thread (its {@code In-Reply-To} and
 *                   {@code References}), or null when this e-mail starts the thread
 */
public record OutgoingMail(String to, String subject, String body, String messageId, String threadRoot) {
    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(messageId, "messageId");
        if (messageId.equals(threadRoot)) {
            throw new IllegalArgumentException("An e-mail cannot answer itself: " + messageId);
        }
    }
}
