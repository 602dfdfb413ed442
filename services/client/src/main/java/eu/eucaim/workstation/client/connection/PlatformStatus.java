package eu.eucaim.workstation.client.connection;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.node.NodeInfo;
import eu.eucaim.workstation.api.node.NodeStatusService;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * The platform's "is it there": it has no node health endpoint, so its public catalogue stands for it (the one
 * service every user reaches, anonymously). The status bar asks every few seconds; a catalogue that answered is not
 * asked again for {@link #FRESH}, so the real catalogue is not sent a query every three seconds. A failure is not
 * kept: the next poll asks again.
 */
final class PlatformStatus implements NodeStatusService {
    static final Duration FRESH = Duration.ofSeconds(60);

    private final CatalogueService catalogue;
    private final NodeInfo info;
    private final LongSupplier clock;
    private long answeredAt = Long.MIN_VALUE;

    PlatformStatus(CatalogueService catalogue, URI address) {
        this(catalogue, address, System::nanoTime);
    }

    PlatformStatus(CatalogueService catalogue, URI address, LongSupplier clock) {
        this.catalogue = catalogue;
        this.info = new NodeInfo("UP", "catalogue at " + address.getHost(), null, null);
        this.clock = clock;
    }

    @Override
    public CompletableFuture<NodeInfo> info() {
        synchronized (this) {
            if (answeredAt != Long.MIN_VALUE && clock.getAsLong() - answeredAt < FRESH.toNanos()) {
                return CompletableFuture.completedFuture(info);
            }
        }
        return catalogue.summary().thenApply(summary -> {
            synchronized (this) {
                answeredAt = clock.getAsLong();
            }
            return info;
        });
    }
}
