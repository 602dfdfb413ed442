package eu.eucaim.workstation.client.catalogue.emx2;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.client.ClientConfig;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The manual check against the live EUCAIM catalogue; never run in CI. Run it with
 * {@code mvn -B -o -Dmaven.repo.local=… test -pl services/client -Dtest=Emx2LiveCatalogueCheck
 * -Demx2.live=https://catalogue.eucaim.cancerimage.eu/ -Dsurefire.failIfNoSpecifiedTests=false} (optionally
 * {@code -Demx2.schema=Eucaim}). It prints what it found, for a person to compare with the catalogue's own pages.
 * With {@code -Demx2.record=DIR} it also records every exchange into {@code DIR/exchanges.json}
 * ({@link Emx2Recording}), to be kept as a fixture of {@link Emx2RecordedRepliesTest}.
 */
@EnabledIfSystemProperty(named = "emx2.live", matches = "https?://.+")
class Emx2LiveCatalogueCheck {
    @Test
    void theLiveCatalogueReadsAsACatalogue() throws Exception {
        // With -Demx2.record=DIR the session goes through a recording proxy and is written to DIR/exchanges.json.
        String record = System.getProperty("emx2.record");
        Emx2Recording.Recorder recorder =
                record == null ? null : new Emx2Recording.Recorder(URI.create(System.getProperty("emx2.live")));
        ClientConfig config = new ClientConfig(
                recorder == null ? URI.create(System.getProperty("emx2.live")) : recorder.uri(),
                Duration.ofSeconds(10),
                Duration.ofSeconds(60));
        Emx2CatalogueClient client =
                new Emx2CatalogueClient(config, System.getProperty("emx2.schema", Emx2CatalogueClient.DEFAULT_SCHEMA));
        DatasetPage page = client.search(DatasetQuery.all()).get(90, TimeUnit.SECONDS);
        System.out.println(
                "total " + page.total() + ", first page " + page.items().size());
        page.items()
                .forEach(d -> System.out.println(
                        "  " + d.id() + " | " + d.title() + " | " + d.modalities() + " | subjects " + d.subjects()));
        page.facets().forEach((facet, values) -> System.out.println(facet + ": " + values));
        assertThat(page.items()).isNotEmpty();
        Dataset first = client.dataset(page.items().get(0).id()).get(90, TimeUnit.SECONDS);
        System.out.println("RDF of " + first.id() + ": " + first);
        assertThat(first.id()).isEqualTo(page.items().get(0).id());
        CatalogueSummary summary = client.summary().get(90, TimeUnit.SECONDS);
        System.out.println("summary: " + summary.datasets() + " datasets, " + summary.biobanks() + " series, "
                + summary.subjects() + " subjects");
        System.out.println("networks: " + client.networks().get(90, TimeUnit.SECONDS));
        if (recorder != null) {
            Emx2RecordedRepliesTest.session(client); // what the replay test asks, so that it is in the recording
            recorder.save(java.nio.file.Path.of(record, "exchanges.json"));
            recorder.close();
            System.out.println("recorded " + recorder.exchanges().size() + " exchanges in " + record);
        }
    }
}
