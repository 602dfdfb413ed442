package eu.eucaim.workstation.node.emx2;

/** A query EMX2 would refuse; the message is the one EMX2 gives, and becomes {@code {"errors":[{"message"}]}}. */
public final class Emx2QueryException extends RuntimeException {
    public Emx2QueryException(String message) {
        super(message);
    }
}
