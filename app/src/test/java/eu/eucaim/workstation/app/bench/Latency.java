package eu.eucaim.workstation.app.bench;

import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A DICOMweb service whose every answer comes {@code ms} later, as over a network with that round trip (loopback has
 * none): {@code -Dbench.latencyMs=10} shows what overlaps a request's wait. A whole-series reply, streamed part by
 * part, is not delayed.
 */
final class Latency {
    private Latency() {}

    static DicomWebService of(DicomWebService real, long ms) {
        if (ms <= 0) {
            return real;
        }
        return (DicomWebService) java.lang.reflect.Proxy.newProxyInstance(
                DicomWebService.class.getClassLoader(), new Class<?>[] {DicomWebService.class}, (proxy, m, args) -> {
                    try {
                        Object answer = m.invoke(real, args);
                        if (answer instanceof CompletableFuture<?> f
                                && !m.getName().equals("seriesInstances")) {
                            return f.thenApplyAsync(
                                    x -> x, CompletableFuture.delayedExecutor(ms, TimeUnit.MILLISECONDS));
                        }
                        return answer;
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
