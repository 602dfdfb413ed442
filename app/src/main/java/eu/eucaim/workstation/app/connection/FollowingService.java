package eu.eucaim.workstation.app.connection;

import eu.eucaim.workstation.api.connection.Backend;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls a service of whichever backend is current at the time of the call. A method that returns a
 * {@link CompletableFuture} chains on the connection (the call waits for a node that is still starting) and passes a
 * cancel of its result on to the inner call, which {@code thenCompose} would not; any other method needs a connected
 * backend and fails with {@link NotConnectedException} before there is one.
 */
final class FollowingService<S> implements InvocationHandler {
    private final Class<S> type;
    private final Supplier<CompletableFuture<Backend>> backend;
    private final Function<Backend, S> pick;

    FollowingService(Class<S> type, Supplier<CompletableFuture<Backend>> backend, Function<Backend, S> pick) {
        this.type = type;
        this.backend = backend;
        this.pick = pick;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> type.getSimpleName() + " of the current connection";
            };
        }
        if (method.getReturnType() == CompletableFuture.class) {
            return chained(method, args);
        }
        CompletableFuture<Backend> now = backend.get();
        if (!now.isDone() || now.isCompletedExceptionally()) {
            throw new NotConnectedException(type.getSimpleName() + "." + method.getName()
                    + " needs a connection, and the app is not connected yet");
        }
        return call(pick.apply(now.join()), method, args);
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<Object> chained(Method method, Object[] args) {
        return eu.eucaim.workstation.common.CancellableCompose.compose(backend.get(), b -> {
            try {
                return (CompletableFuture<Object>) call(pick.apply(b), method, args);
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new java.util.concurrent.CompletionException(t);
            }
        });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
