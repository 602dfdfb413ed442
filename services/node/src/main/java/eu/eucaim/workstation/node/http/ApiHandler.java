package eu.eucaim.workstation.node.http;

import io.javalin.http.Context;

/** A route's handler: the request and who sent it (the guard has checked the route's access rule already). */
@FunctionalInterface
public interface ApiHandler {
    void handle(Context ctx, Caller caller) throws Exception;
}
