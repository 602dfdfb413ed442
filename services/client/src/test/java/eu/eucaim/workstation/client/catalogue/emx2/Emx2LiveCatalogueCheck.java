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
 */
@EnabledIfSystemProperty(named = "emx2.live", matches = "https?://.+")
class Emx2LiveCatalogueCheck {
    @Test
    void theLiveCatalogueReadsAsACatalogue() throws Exception {
        ClientConfig config = new ClientConfig(
                URI.create(System.getProperty("emx2.live")), Duration.ofSeconds(10), Duration.ofSeconds(60));
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
    }
}
