/**
 * HTTP clients for the EUCAIM services. {@link eu.eucaim.workstation.client.HttpTransport} is the shared plumbing:
 * one OkHttp setup, asynchronous calls as {@link java.util.concurrent.CompletableFuture}s, and every failure typed
 * as a {@link eu.eucaim.workstation.api.error.ServiceException}. Each service has its client in a feature package.
 */
package eu.eucaim.workstation.client;
