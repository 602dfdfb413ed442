package eu.eucaim.workstation.client;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The process-wide OkHttp client that every service client derives from with {@link OkHttpClient#newBuilder()},
 * so that they share one connection pool and one set of threads. TLS is OkHttp's default: certificates and host
 * names are verified.
 */
final class SharedHttp {
    private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .dispatcher(dispatcher())
            .build();

    private SharedHttp() {
    }

    static OkHttpClient client() {
        return CLIENT;
    }

    private static Dispatcher dispatcher() {
        // Daemon threads: an HTTP call in flight must not keep the desktop app or a command alive after it ends.
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "eucaim-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        Dispatcher dispatcher = new Dispatcher(threads);
        // Most calls go to one node; OkHttp's default of 5 per host would queue a busy dashboard's requests.
        dispatcher.setMaxRequestsPerHost(16);
        return dispatcher;
    }
}
