package eu.eucaim.workstation.client;

import eu.eucaim.workstation.common.NamedThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The process-wide OkHttp client that every service client derives from with {@link OkHttpClient#newBuilder()},
 * so that they share one connection pool and one set of threads. TLS is OkHttp's default: certificates and host
 * names are verified. Its sockets read ahead ({@link ReadAheadSockets}).
 */
final class SharedHttp {
    private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .dispatcher(dispatcher())
            .socketFactory(new ReadAheadSockets())
            .build();

    private SharedHttp() {}

    /** Same connection pool, own dispatcher without per-host queueing (see {@link HttpTransport#unqueued}). */
    private static final OkHttpClient UNQUEUED =
            CLIENT.newBuilder().dispatcher(unqueuedDispatcher()).build();

    static OkHttpClient client() {
        return CLIENT;
    }

    static OkHttpClient unqueued() {
        return UNQUEUED;
    }

    private static Dispatcher unqueuedDispatcher() {
        Dispatcher d = new Dispatcher(threads("eucaim-fanout"));
        d.setMaxRequests(512);
        d.setMaxRequestsPerHost(512);
        return d;
    }

    /** Daemon threads: an HTTP call in flight must not keep the desktop app or a command alive after it ends. */
    private static ExecutorService threads(String name) {
        return new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), NamedThreads.daemon(name));
    }

    private static Dispatcher dispatcher() {
        Dispatcher dispatcher = new Dispatcher(threads("eucaim-http"));
        // Most calls go to one node; OkHttp's default of 5 per host would queue a busy dashboard's requests.
        dispatcher.setMaxRequestsPerHost(16);
        return dispatcher;
    }
}
