package eu.eucaim.workstation.app.negotiation.outbox;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import eu.eucaim.workstation.api.negotiation.NewPost;

/**
 * What the user asked the Negotiator to do, as it waits in the outbox: fire an event on a negotiation or on one of
 * its datasets, or send a message (with a file, sent first as an attachment). Stored as JSON with a {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = NegotiatorAction.Fire.class, name = "fire"),
    @JsonSubTypes.Type(value = NegotiatorAction.FireOnResource.class, name = "fire-on-resource"),
    @JsonSubTypes.Type(value = NegotiatorAction.Message.class, name = "message")
})
public sealed interface NegotiatorAction {
    String negotiationId();

    /** What it does, in words, when the user gave none. */
    String describe();

    /** {@code PUT /v3/negotiations/{id}/lifecycle/{event}}. */
    record Fire(String negotiationId, String event) implements NegotiatorAction {
        public Fire {
            required(negotiationId, "negotiationId");
            required(event, "event");
        }

        @Override
        public String describe() {
            return "Negotiation " + negotiationId + ": " + event;
        }
    }

    /** {@code PUT /v3/negotiations/{id}/resources/{sourceId}/lifecycle/{event}}. */
    record FireOnResource(String negotiationId, String sourceId, String event) implements NegotiatorAction {
        public FireOnResource {
            required(negotiationId, "negotiationId");
            required(sourceId, "sourceId");
            required(event, "event");
        }

        @Override
        public String describe() {
            return "Negotiation " + negotiationId + ", dataset " + sourceId + ": " + event;
        }
    }

    /**
     * {@code POST /v3/negotiations/{id}/posts}, after {@code POST …/attachments} of {@code file} when there is one.
     *
     * @param file the copy the outbox keeps of the user's file, or null
     * @param fileSent whether the file has been uploaded (a retry then sends only the post)
     */
    record Message(String negotiationId, NewPost post, QueuedFile file, boolean fileSent) implements NegotiatorAction {
        public Message {
            required(negotiationId, "negotiationId");
            if (post == null || post.text() == null || post.text().isBlank() || post.type() == null) {
                throw new IllegalArgumentException("A message has a text and a type (PUBLIC or PRIVATE)");
            }
        }

        /** The same message once its file has been uploaded. */
        public Message withFileSent() {
            return new Message(negotiationId, post, file, true);
        }

        /** Whether the next step is the upload of the file. */
        public boolean fileFirst() {
            return file != null && !fileSent;
        }

        @Override
        public String describe() {
            return "Negotiation " + negotiationId + ": message" + (file == null ? "" : " with " + file.name());
        }
    }

    /**
     * A file kept in the outbox until its message is sent ({@link PendingActionsStore#fileOf}), so that what is sent
     * is what the user chose even if the original changes or goes away.
     *
     * @param name the original's file name, which the copy keeps and the Negotiator shows
     */
    record QueuedFile(String name, String contentType) {
        public QueuedFile {
            required(name, "file name");
            required(contentType, "file type");
            if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
                throw new IllegalArgumentException("A queued file's name is a name, not a path: " + name);
            }
        }
    }

    private static void required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A queued Negotiator action needs its " + name);
        }
    }
}
