package eu.eucaim.workstation.node;

import eu.eucaim.workstation.node.auth.TrustedIssuer;
import eu.eucaim.workstation.node.negotiator.mail.SmtpSettings;
import eu.eucaim.workstation.node.spot.Federation;
import eu.eucaim.workstation.node.storage.DataDirAccess;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How to run a node.
 *
 * @param bindAddress  the address the HTTP server listens on; loopback unless a team deliberately shares the node
 * @param port         the TCP port, 0 for any free port
 * @param dataDir      where the node keeps its files (the H2 database when {@code jdbcUrl} is null)
 * @param seed         the demo-data seed: the same seed always yields the same catalogue
 * @param jdbcUrl      a JDBC URL (e.g. {@code jdbc:postgresql://...}), or null for an H2 file database in dataDir
 * @param jdbcUser     user for {@code jdbcUrl}, or null
 * @param jdbcPassword password for {@code jdbcUrl}, or null
 * @param datasetCount how many demo datasets to generate on first start (the observational-study dataset comes on top)
 * @param trustedIssuers OpenID Connect issuers whose access tokens the node accepts besides its own (e.g. LS-AAI,
 *                       or the first node of a demo federation), each with its audience, roles claim and token types
 * @param dataDirAccess  what to do with a data folder (holding H2, so the signing key and password hashes) that other
 *                       users may read or write: refuse it (the default), make it private (the app's own folder) or
 *                       allow it ({@code --allow-shared-data-dir})
 * @param publicNames    the names clients may address a standalone node by besides the loopback ones
 *                       ({@code --public-name}); any other {@code Host} is refused (DNS rebinding)
 * @param backgroundDelay how long a first start waits after listening before its background work
 *                       ({@link #withBackgroundDelay})
 * @param smtp           where the Negotiator's e-mails are sent, or null (the default): they then stay in the outbox
 * @param demoImageDatasets datasets per access model whose demo studies the node publishes over DICOMweb; null for
 *                       {@link #DEFAULT_DEMO_IMAGE_DATASETS}
 * @param federation     the sites the node's Spot endpoint ({@code /beam}) asks, and its timeouts; null for none
 *                       ({@link Federation#NONE})
 */
public record NodeConfig(
        String bindAddress,
        int port,
        Path dataDir,
        long seed,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        int datasetCount,
        List<TrustedIssuer> trustedIssuers,
        DataDirAccess dataDirAccess,
        Set<String> publicNames,
        Duration backgroundDelay,
        SmtpSettings smtp,
        Integer demoImageDatasets,
        Federation federation) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_DATASET_COUNT = 30;
    /**
     * Datasets per access model whose demo studies are published over DICOMweb at start: enough to show every
     * access model, and a few seconds of background work rather than the whole catalogue's (docs/dicomweb.md).
     */
    public static final int DEFAULT_DEMO_IMAGE_DATASETS = 1;

    public NodeConfig {
        bindAddress = bindAddress == null || bindAddress.isBlank() ? LOOPBACK : bindAddress.strip();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535 (0 = any free port), got " + port);
        }
        if (datasetCount < 0) {
            throw new IllegalArgumentException("datasetCount must not be negative, got " + datasetCount);
        }
        jdbcUrl = jdbcUrl == null || jdbcUrl.isBlank() ? null : jdbcUrl.strip();
        if (jdbcUrl == null) {
            Objects.requireNonNull(dataDir, "dataDir is required when no jdbcUrl is given");
        }
        trustedIssuers = trustedIssuers == null ? List.of() : List.copyOf(trustedIssuers);
        java.util.Set<URI> seen = new java.util.HashSet<>();
        for (TrustedIssuer t : trustedIssuers) {
            if (!seen.add(t.issuer())) {
                throw new IllegalArgumentException("The trusted issuer " + t.issuer() + " is given twice");
            }
        }
        dataDirAccess = dataDirAccess == null ? DataDirAccess.REQUIRE_PRIVATE : dataDirAccess;
        publicNames = publicNames == null ? Set.of() : Set.copyOf(publicNames);
        backgroundDelay = backgroundDelay == null ? Duration.ZERO : backgroundDelay;
        demoImageDatasets = demoImageDatasets == null ? DEFAULT_DEMO_IMAGE_DATASETS : demoImageDatasets;
        federation = federation == null ? Federation.NONE : federation;
        if (demoImageDatasets < 0) {
            throw new IllegalArgumentException("demoImageDatasets must not be negative, got " + demoImageDatasets);
        }
        if (backgroundDelay.isNegative()) {
            throw new IllegalArgumentException("backgroundDelay must not be negative, got " + backgroundDelay);
        }
        for (String name : publicNames) {
            if (!name.matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]")) {
                throw new IllegalArgumentException(
                        "A public name is a host name or address without scheme or port, e.g. node.example.org; got '"
                                + name + "'");
            }
        }
    }

    public NodeConfig(
            String bindAddress,
            int port,
            Path dataDir,
            long seed,
            String jdbcUrl,
            String jdbcUser,
            String jdbcPassword,
            int datasetCount) {
        this(
                bindAddress,
                port,
                dataDir,
                seed,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                datasetCount,
                List.of(),
                DataDirAccess.REQUIRE_PRIVATE,
                Set.of(),
                Duration.ZERO,
                null,
                null,
                null);
    }

    /** Loopback, a free port, an H2 database in {@code dataDir} (one per seed), 30 demo datasets. */
    public static NodeConfig defaults(Path dataDir, long seed) {
        return new NodeConfig(
                LOOPBACK, 0, Objects.requireNonNull(dataDir, "dataDir"), seed, null, null, null, DEFAULT_DATASET_COUNT);
    }

    public NodeConfig withPort(int newPort) {
        return new NodeConfig(
                bindAddress,
                newPort,
                dataDir,
                seed,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                datasetCount,
                trustedIssuers,
                dataDirAccess,
                publicNames,
                backgroundDelay,
                smtp,
                demoImageDatasets,
                federation);
    }

    public NodeConfig withJdbc(String url, String user, String password) {
        return new NodeConfig(
                bindAddress,
                port,
                dataDir,
                seed,
                url,
                user,
                password,
                datasetCount,
                trustedIssuers,
                dataDirAccess,
                publicNames,
                backgroundDelay,
                smtp,
                demoImageDatasets,
                federation);
    }

    public NodeConfig withDatasetCount(int count) {
        return new NodeConfig(
                bindAddress,
                port,
                dataDir,
                seed,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                count,
                trustedIssuers,
                dataDirAccess,
                publicNames,
                backgroundDelay,
                smtp,
                demoImageDatasets,
                federation);
    }

    /** Trusts {@code issuers} with the default settings ({@link TrustedIssuer#of}). */
    public NodeConfig withTrustedIssuers(List<URI> issuers) {
        return withTrustedIssuerSettings(issuers.stream().map(TrustedIssuer::of).toList());
    }

    public NodeConfig withTrustedIssuerSettings(List<TrustedIssuer> issuers) {
        return new NodeConfig(
                bindAddress,
                port,
                dataDir,
                seed,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                datasetCount,
                issuers,
                dataDirAccess,
                publicNames,
                backgroundDelay,
                smtp,
                demoImageDatasets,
                federation);
    }

    public NodeConfig withDataDirAccess(DataDirAccess access) {
        return new NodeConfig(
                bindAddress,
                port,
                dataDir,
                seed,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                datasetCount,
                trustedIssuers,
                access,
                publicNames,
                backgroundDelay,
                smtp,
                demoImageDatasets,
                federation);
    }

    public NodeConfig withPublicNames(Set<String> names) {
        return new NodeConfig(
                bindAddress,
                port,
                dataDir,
                seed,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                datasetCount,
                trustedIssuers,
                dataDirAccess,
                names,
                backgroundDelay,
                smtp,
                demoImageDatasets,
                federation);
    }

    /**
     * Waits {@code delay} after listening before the first start's background work (demo users, cohort rows), so
     * that an app starting with its embedded node draws its window and first data first; requests that need that
     * work wait the longer. Default: none.
     */
    public NodeConfig withBackgroundDelay(Duration delay) {
        return new NodeConfig(
                bindAddress,
                port,
                dataDir,
                seed,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                datasetCount,
                trustedIssuers,
                dataDirAccess,
                publicNames,
                delay,
                smtp,
                demoImageDatasets,
                federation);
    }

    /** Sends the Negotiator's e-mails through {@code settings}; null: keeps them in the outbox (the default). */
    public NodeConfig withSmtp(SmtpSettings settings) {
        return new NodeConfig(
                bindAddress,
                port,
                dataDir,
                seed,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                datasetCount,
                trustedIssuers,
                dataDirAccess,
                publicNames,
                backgroundDelay,
                settings,
                demoImageDatasets,
                federation);
    }

    /** The H2 file database used when no JDBC URL is configured: one per seed, so seeds never mix. */
    public Path h2DatabaseFile() {
        return dataDir.toAbsolutePath().resolve("node-" + seed);
    }

    /** Never prints the password: configs end up in logs. */
    @Override
    public String toString() {
        return "NodeConfig[bindAddress=" + bindAddress + ", port=" + port + ", dataDir=" + dataDir + ", seed=" + seed
                + ", jdbcUrl="
                + (jdbcUrl == null ? "(H2 in dataDir)" : jdbcUrl.replaceAll("(?i)password=[^&;]*", "password=***"))
                + ", jdbcUser=" + jdbcUser + ", jdbcPassword=" + (jdbcPassword == null ? null : "***")
                + ", datasetCount=" + datasetCount + ", trustedIssuers=" + trustedIssuers + ", dataDirAccess="
                + dataDirAccess
                + ", publicNames=" + publicNames + ", smtp=" + smtp + ", federation=" + federation.sites() + "]";
    }

    /** Publishes the demo studies of {@code perAccessModel} datasets per access model over DICOMweb (0: none). */
    public NodeConfig withDemoImageDatasets(int perAccessModel) {
        return new NodeConfig(
                bindAddress,
                port,
                dataDir,
                seed,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                datasetCount,
                trustedIssuers,
                dataDirAccess,
                publicNames,
                backgroundDelay,
                smtp,
                perAccessModel,
                federation);
    }

    /** The sites the Spot endpoint asks, and its timeouts (the sites can change later: {@code EucaimNode.spot()}). */
    public NodeConfig withFederation(Federation newFederation) {
        return new NodeConfig(
                bindAddress,
                port,
                dataDir,
                seed,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                datasetCount,
                trustedIssuers,
                dataDirAccess,
                publicNames,
                backgroundDelay,
                smtp,
                demoImageDatasets,
                newFederation);
    }
}
