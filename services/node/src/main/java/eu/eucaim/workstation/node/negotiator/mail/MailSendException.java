package eu.eucaim.workstation.node.negotiator.mail;

/**
 * An e-mail the server did not take. Either the server refused this e-mail (a recipient, its size: other e-mails
 * may still go) or the server could not be reached or signed in to (nothing else goes either, for now).
 */
public final class MailSendException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean onlyThisMail;

    public MailSendException(String message, boolean onlyThisMail, Throwable cause) {
        super(message, cause);
        this.onlyThisMail = onlyThisMail;
    }

    /** Whether the server refused this e-mail alone, so that the next ones are worth trying now. */
    public boolean onlyThisMail() {
        return onlyThisMail;
    }
}
