package eu.eucaim.workstation.node;

import eu.eucaim.workstation.node.demo.images.DemoImages;
import eu.eucaim.workstation.node.storage.DataDirAccess;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

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
 *                       or the first node of a demo federation), without a trailing slash
 * @param sampleCtSlices slices of the CT volume among the demo sample images (1..300, default 300): fewer make a
 *                       smaller, quicker set over the same body extent, for small machines and quick demos
 * @param dataDirAccess  what to do with a data folder (holding H2) that other users may read or write: refuse it
 *                       (the default, null), make it private (the app's own folder) or allow it
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
        List<URI> trustedIssuers,
        int sampleCtSlices,
        DataDirAccess dataDirAccess) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_DATASET_COUNT = 30;

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
        trustedIssuers = trustedIssuers == null
                ? List.of()
                : trustedIssuers.stream().map(NodeConfig::issuer).toList();
        if (sampleCtSlices < 1 || sampleCtSlices > DemoImages.CT_SLICES) {
            throw new IllegalArgumentException(
                    "sample CT slices must be 1.." + DemoImages.CT_SLICES + ", got " + sampleCtSlices);
        }
        dataDirAccess = dataDirAccess == null ? DataDirAccess.REQUIRE_PRIVATE : dataDirAccess;
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
                DemoImages.CT_SLICES,
                DataDirAccess.REQUIRE_PRIVATE);
    }

    /** An issuer identifier: an absolute http(s) URI, compared without its trailing slash. */
    private static URI issuer(URI uri) {
        if (uri == null
                || !uri.isAbsolute()
                || uri.getHost() == null
                || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("A trusted issuer must be an absolute http(s) URL such as "
                    + "https://login.aai.lifescience-ri.eu/oidc, got '" + uri + "'");
        }
        String s = uri.toString();
        return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
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
                sampleCtSlices,
                dataDirAccess);
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
                sampleCtSlices,
                dataDirAccess);
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
                sampleCtSlices,
                dataDirAccess);
    }

    public NodeConfig withTrustedIssuers(List<URI> issuers) {
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
                sampleCtSlices,
                dataDirAccess);
    }

    public NodeConfig withSampleCtSlices(int slices) {
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
                slices,
                dataDirAccess);
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
                sampleCtSlices,
                access);
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
                + ", datasetCount=" + datasetCount + ", trustedIssuers=" + trustedIssuers + ", sampleCtSlices="
                + sampleCtSlices + ", dataDirAccess=" + dataDirAccess + "]";
    }
}
