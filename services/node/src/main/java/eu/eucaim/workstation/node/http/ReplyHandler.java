package eu.eucaim.workstation.node.http;

import io.javalin.http.Context;

/**
 * The handler of a write that a client may retry with the same {@code Idempotency-Key} (a create, a lifecycle event):
 * it returns its reply instead of writing it, so that the server can keep the reply and give it again to a retry
 * without running the handler twice ({@link Idempotency}).
 */
@FunctionalInterface
public interface ReplyHandler {
    Reply handle(Context ctx, Caller caller) throws Exception;
}
