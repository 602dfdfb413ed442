package eu.eucaim.workstation.node.negotiator.mail;

/**
 * Sends one e-mail, from the sender it was set up with. Returns only once the server has accepted it: the outbox
 * marks an e-mail sent after that, never before.
 */
public interface MailSender {
    /**
     * @throws MailSendException when the e-mail was not accepted; it stays in the outbox and is tried again later
     */
    void send(OutgoingMail mail) throws MailSendException;

    /** Where mail goes, for log lines: never a password. */
    String describe();
}
