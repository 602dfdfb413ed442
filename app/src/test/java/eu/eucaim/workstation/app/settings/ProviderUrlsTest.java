package eu.eucaim.workstation.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.query.QueryProvider;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderUrlsTest {
    @Test
    void aLineMayMarkAProviderThatTakesQueryParameters() {
        String text = "https://node.example.org/api/federated-search\n  https://other.example.org/search/#eucaim_api  ";
        assertThat(ProviderUrls.problem(text)).isEmpty();
        List<URI> urls = ProviderUrls.parse(ProviderUrls.lines(text));
        assertThat(urls)
                .containsExactly(
                        URI.create("https://node.example.org/api/federated-search"),
                        URI.create("https://other.example.org/search#eucaim_api"));
        assertThat(urls).extracting(QueryProvider::takesQueryParameters).containsExactly(false, true);
    }

    @Test
    void anyOtherFragmentOrAQueryIsStillRefused() {
        assertThat(ProviderUrls.problem("https://a.example.org/search#get"))
                .get()
                .asString()
                .contains("fragment");
        assertThat(ProviderUrls.problem("https://a.example.org/search?x=1#eucaim_api"))
                .get()
                .asString()
                .contains("Provider 1")
                .contains("query");
    }
}
