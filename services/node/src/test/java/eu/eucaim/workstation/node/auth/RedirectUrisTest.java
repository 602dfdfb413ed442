package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectUrisTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:51234/callback",
                "http://127.0.0.1:1/",
                "http://127.0.0.1:65535/callback",
                "http://[::1]:8080/callback",
                "http://127.0.0.1:51234/callback?x=1"
            })
    void loopbackOnAnyPortIsAllowed(String uri) {
        assertThat(RedirectUris.isAllowed(uri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://evil.example/cb",
                "https://127.0.0.1.evil.example/",
                "https://127.0.0.1:8080/cb",
                "http://localhost:8080/cb",
                "http://127.0.0.1/cb",
                "http://user@127.0.0.1:80/cb",
                "http://127.0.0.1:8080/cb#frag",
                "http://127.0.0.1:99999/callback",
                "http://127.0.0.1:65536/callback",
                "http://127.0.0.1:0/callback",
                "http://[::1]:70000/callback",
                "http://127.0.0.2:8080/cb",
                "http://0x7f000001:8080/cb",
                "javascript:alert(1)",
                "not a uri",
                ""
            })
    void everythingElseIsRefused(String uri) {
        assertThat(RedirectUris.isAllowed(uri)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:99999/callback", "http://[::1]:65536/cb", "http://127.0.0.1:0/cb"})
    void aPortOutsideTheTcpRangeIsRefusedSayingWhy(String uri) {
        String port = uri.replaceAll(".*\\]?:(\\d+)/.*", "$1");
        assertThat(RedirectUris.problem(uri))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("redirect_uri")
                        .contains("port " + port)
                        .contains("1..65535"));
    }

    @Test
    void eachRefusalNamesTheFieldAndWhatWasExpected() {
        assertThat(RedirectUris.problem("http://localhost:8080/cb"))
                .hasValueSatisfying(r -> assertThat(r).contains("redirect_uri").contains("not localhost"));
        assertThat(RedirectUris.problem("http://evil.example/cb"))
                .hasValueSatisfying(r -> assertThat(r).contains("redirect_uri").contains("http://127.0.0.1:<port>/"));
        assertThat(RedirectUris.problem(null))
                .hasValueSatisfying(r -> assertThat(r).contains("redirect_uri is missing"));
        assertThat(RedirectUris.problem("http://127.0.0.1:8080/cb")).isEmpty();
    }
}
