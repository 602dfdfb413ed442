package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectUrisTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:51234/callback",
                "http://127.0.0.1:1/",
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
                "http://127.0.0.2:8080/cb",
                "http://0x7f000001:8080/cb",
                "javascript:alert(1)",
                "not a uri",
                ""
            })
    void everythingElseIsRefused(String uri) {
        assertThat(RedirectUris.isAllowed(uri)).isFalse();
    }
}
