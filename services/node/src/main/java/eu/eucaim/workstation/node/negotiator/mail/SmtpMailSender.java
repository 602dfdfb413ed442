package eu.eucaim.workstation.node.negotiator.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends through an SMTP server with Jakarta Mail (Eclipse Angus). One connection per e-mail: a node sends a few a
 * day. TLS (from the start or by STARTTLS, which is then required) verifies the server's certificate and that it is
 * issued for the host: there is no way to trust any certificate.
 */
public final class SmtpMailSender implements MailSender {
    /** Long enough for a slow server, short enough that a silent one does not hold the outbox for long. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    static final Duration IO_TIMEOUT = Duration.ofSeconds(60);
    /** "421 Service not available": the server, not this e-mail. */
    private static final int SERVICE_NOT_AVAILABLE = 421;

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;

    public SmtpMailSender(SmtpSettings settings) {
        this(settings, null);
    }

    /** @param tls the TLS sockets to use instead of the JVM's (a test's own trust store); null for the JVM's */
    SmtpMailSender(SmtpSettings settings, SSLSocketFactory tls) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.session = Session.getInstance(properties(settings, tls));
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not a sender address: " + settings.from(), e); // checked by settings
        }
    }

    private static String protocol(SmtpSettings s) {
        return s.security() == SmtpSettings.Security.TLS ? "smtps" : "smtp";
    }

    private static Properties properties(SmtpSettings s, SSLSocketFactory tls) {
        String p = "mail." + protocol(s) + ".";
        Properties props = new Properties();
        props.put(p + "host", s.host());
        props.put(p + "port", Integer.toString(s.port()));
        props.put(p + "connectiontimeout", Long.toString(CONNECT_TIMEOUT.toMillis()));
        props.put(p + "timeout", Long.toString(IO_TIMEOUT.toMillis()));
        props.put(p + "writetimeout", Long.toString(IO_TIMEOUT.toMillis()));
        props.put(p + "auth", Boolean.toString(s.username() != null));
        if (s.security() == SmtpSettings.Security.STARTTLS) {
            props.put(p + "starttls.enable", "true");
            // Without this a server that does not offer STARTTLS would get the password in the clear.
            props.put(p + "starttls.required", "true");
        }
        if (s.security() != SmtpSettings.Security.NONE) {
            props.put(p + "ssl.checkserveridentity", "true");
            if (tls != null) {
                props.put(p + "ssl.socketFactory", tls);
            }
        }
        return props;
    }

    @Override
    public void send(OutgoingMail mail) throws MailSendException {
        MimeMessage message;
        try {
            message = message(mail);
        } catch (AddressException e) {
            throw new MailSendException("Not an e-mail address: " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new MailSendException("Cannot write the e-mail: " + e.getMessage(), true, e);
        }
        try (Transport transport = session.getTransport(protocol(settings))) {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            transport.sendMessage(message, message.getAllRecipients());
        } catch (AuthenticationFailedException e) {
            throw new MailSendException(
                    "The SMTP server " + settings.describe() + " refused the sign-in: " + e.getMessage(), false, e);
        } catch (SMTPSendFailedException e) {
            throw new MailSendException(
                    "The SMTP server refused the e-mail: " + e.getMessage(),
                    e.getReturnCode() != SERVICE_NOT_AVAILABLE,
                    e);
        } catch (SendFailedException e) {
            throw new MailSendException("The SMTP server refused the e-mail: " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new MailSendException("Cannot send through " + settings.describe() + ": " + describe(e), false, e);
        }
    }

    /** The message and the causes behind it (a refused connection, an untrusted certificate). */
    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            s.append("; ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
        }
        return s.toString();
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        // The outbox's Message-ID, not one made up when the message is saved: it threads the later e-mails.
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.messageId());
            }
        };
        m.setFrom(from);
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        m.setSubject(mail.subject(), "UTF-8");
        m.setText(mail.body(), "UTF-8");
        m.setSentDate(new Date());
        if (mail.threadRoot() != null) {
            m.setHeader("In-Reply-To", mail.threadRoot());
            m.setHeader("References", mail.threadRoot());
        }
        // RFC 3834: sent by a program, so that out-of-office replies are not sent back.
        m.setHeader("Auto-Submitted", "auto-generated");
        m.saveChanges();
        return m;
    }

    @Override
    public String describe() {
        return settings.describe();
    }

    @Override
    public String toString() {
        return "SmtpMailSender[" + settings.describe() + "]";
    }
}
