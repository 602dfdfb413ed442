package eu.eucaim.workstation.node.spot;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the node's Spot endpoint ({@code /beam}) federates: the sites it asks when a query names none, how long it
 * waits for each, and how long a task and its results are kept.
 *
 * @param sites           the sites, each name once; may be empty (a query must then name sites the node knows)
 * @param providerTimeout the longest a site's provider is waited for; then the site is {@code tempfailed}
 * @param taskTtl         how long a task (and its results) can be read after it was posted; Spot gives Beam 360 s
 */
public record Federation(List<FederationSite> sites, Duration providerTimeout, Duration taskTtl) {
    public static final Duration DEFAULT_PROVIDER_TIMEOUT = Duration.ofSeconds(30);
    /** As samply/spot {@code src/beam.rs} sets a task's {@code ttl}. */
    public static final Duration DEFAULT_TASK_TTL = Duration.ofSeconds(360);

    public static final Federation NONE = new Federation(List.of(), DEFAULT_PROVIDER_TIMEOUT, DEFAULT_TASK_TTL);

    public Federation {
        sites = List.copyOf(sites);
        Objects.requireNonNull(providerTimeout, "providerTimeout");
        Objects.requireNonNull(taskTtl, "taskTtl");
        if (providerTimeout.isNegative() || providerTimeout.isZero() || taskTtl.isNegative() || taskTtl.isZero()) {
            throw new IllegalArgumentException("The provider timeout and the task TTL must be positive");
        }
        if (taskTtl.compareTo(providerTimeout) < 0) {
            throw new IllegalArgumentException("A task must outlive its provider calls: TTL " + taskTtl
                    + " is shorter than the provider timeout " + providerTimeout);
        }
        Set<String> names = new HashSet<>();
        for (FederationSite site : sites) {
            if (!names.add(site.name())) {
                throw new IllegalArgumentException("The site " + site.name() + " is given twice");
            }
        }
    }

    /** These sites with the default timeout and TTL. */
    public static Federation of(List<FederationSite> sites) {
        return new Federation(sites, DEFAULT_PROVIDER_TIMEOUT, DEFAULT_TASK_TTL);
    }

    public Federation withSites(List<FederationSite> newSites) {
        return new Federation(newSites, providerTimeout, taskTtl);
    }
}
