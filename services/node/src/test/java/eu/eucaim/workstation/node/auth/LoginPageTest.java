package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginPageTest {
    @Test
    void everythingEchoedIsEscaped() {
        String html = LoginPage.form("id\"><script>", "<img src=x onerror=alert(1)>'", "a & b");
        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("<img")
                .contains("&lt;img src=x onerror=alert(1)&gt;&#39;")
                .contains("id&quot;&gt;&lt;script&gt;")
                .contains("a &amp; b");
        assertThat(LoginPage.error("<b>x</b>")).contains("&lt;b&gt;x&lt;/b&gt;");
    }
}
