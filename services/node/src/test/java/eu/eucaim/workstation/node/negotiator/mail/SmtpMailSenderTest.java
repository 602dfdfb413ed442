package eu.eucaim.workstation.node.negotiator.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SMTP sender against GreenMail on loopback: TLS verifies the certificate and its host (no trust-all), STARTTLS
 * is required when chosen, and what the server refuses comes back as a {@link MailSendException} of the right kind.
 */
class SmtpMailSenderTest {
    private static final String FROM = "negotiator@node.example.org";
    private static final String PASSWORD = "s3cret-smtp-password";

    @TempDir
    static Path dir;

    /** Trusts the test server's certificate, and nothing else. */
    static SSLSocketFactory trustingTheTestServer;

    GreenMail server;

    /**
     * A certificate for {@code localhost} only, made by the JDK's keytool, for GreenMail's TLS (read once per JVM:
     * no other test here starts a TLS server).
     */
    @BeforeAll
    static void certificate() throws Exception {
        Path store = dir.resolve("smtp.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "smtp",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "san=dns:localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        "changeit",
                        "-keypass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        String out = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(out).isZero();
        System.setProperty("greenmail.tls.keystore.file", store.toString());
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        System.setProperty("greenmail.tls.key.password", "changeit");

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("smtp", keys.getCertificate("smtp"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        trustingTheTestServer = tls.getSocketFactory();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private int start(String protocol, String bindTo) {
        server = new GreenMail(new ServerSetup(0, bindTo, protocol).dynamicPort());
        server.start();
        return protocol.equals(ServerSetup.PROTOCOL_SMTPS)
                ? server.getSmtps().getPort()
                : server.getSmtp().getPort();
    }

    private static OutgoingMail mail(String to) {
        return new OutgoingMail(to, "Subject é", "Body ü", "<notification-1.n@test>", "<notification-0.n@test>");
    }

    @Test
    void tlsWithACertificateForTheHostThatIsTrustedSends() throws Exception {
        int port = start(ServerSetup.PROTOCOL_SMTPS, "localhost");
        server.setUser(FROM, "node", PASSWORD);
        SmtpSettings s = new SmtpSettings("localhost", port, SmtpSettings.Security.TLS, "node", PASSWORD, FROM);

        new SmtpMailSender(s, trustingTheTestServer).send(mail("researcher@example.org"));

        MimeMessage got = server.getReceivedMessages()[0];
        assertThat(got.getMessageID()).isEqualTo("<notification-1.n@test>");
        assertThat(got.getHeader("References")).containsExactly("<notification-0.n@test>");
        assertThat(got.getSubject()).isEqualTo("Subject é");
        assertThat(got.getContent().toString().strip()).isEqualTo("Body ü");
    }

    @Test
    void tlsWithACertificateTheJvmDoesNotTrustIsRefused() {
        int port = start(ServerSetup.PROTOCOL_SMTPS, "localhost");
        SmtpSettings s = new SmtpSettings("localhost", port, SmtpSettings.Security.TLS, "node", PASSWORD, FROM);

        MailSendException e = catchThrowableOfType(
                MailSendException.class, () -> new SmtpMailSender(s).send(mail("researcher@example.org")));

        assertThat(e).as("refused").isNotNull();
        assertThat(e.onlyThisMail()).isFalse();
        assertThat(e.getMessage())
                .contains("localhost:" + port + " (TLS, as node)", "SSLHandshakeException")
                .doesNotContain(PASSWORD);
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void tlsWithATrustedCertificateForAnotherHostIsRefused() throws Exception {
        // The certificate names localhost; the node is told 127.0.0.1: the same server, not the name it proves.
        int port = start(ServerSetup.PROTOCOL_SMTPS, "127.0.0.1");
        SmtpSettings s = SmtpSettings.withoutSignIn("127.0.0.1", port, SmtpSettings.Security.TLS, FROM);

        MailSendException e = catchThrowableOfType(
                MailSendException.class,
                () -> new SmtpMailSender(s, trustingTheTestServer).send(mail("researcher@example.org")));

        assertThat(e).as("refused").isNotNull();
        assertThat(e.onlyThisMail()).isFalse();
        // The same certificate is trusted for localhost above: here only the host it names is wrong.
        assertThat(e.getMessage()).contains("SSLHandshakeException");
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void starttlsIsRequiredSoAServerWithoutItGetsNeitherPasswordNorMail() {
        int port = start(ServerSetup.PROTOCOL_SMTP, "127.0.0.1"); // GreenMail's SMTP offers no STARTTLS
        server.setUser(FROM, "node", PASSWORD);
        SmtpSettings s = new SmtpSettings("127.0.0.1", port, SmtpSettings.Security.STARTTLS, "node", PASSWORD, FROM);

        MailSendException e = catchThrowableOfType(
                MailSendException.class,
                () -> new SmtpMailSender(s, trustingTheTestServer).send(mail("researcher@example.org")));

        assertThat(e).as("refused").isNotNull();
        assertThat(e.onlyThisMail()).isFalse();
        assertThat(e.getMessage()).contains("STARTTLS").doesNotContain(PASSWORD);
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRecipientThatIsNoAddressFailsThatMailAlone() {
        int port = start(ServerSetup.PROTOCOL_SMTP, "127.0.0.1");
        SmtpSettings s = SmtpSettings.withoutSignIn("127.0.0.1", port, SmtpSettings.Security.NONE, FROM);

        MailSendException e =
                catchThrowableOfType(MailSendException.class, () -> new SmtpMailSender(s).send(mail("not an address")));

        assertThat(e).as("refused").isNotNull();
        assertThat(e.onlyThisMail()).isTrue();
        assertThat(e.getMessage()).startsWith("Not an e-mail address");
    }

    @Test
    void aMailDoesNotAnswerItself() {
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class, () -> new OutgoingMail("a@b.c", "s", "b", "<x@y>", "<x@y>")))
                .hasMessageContaining("cannot answer itself");
    }

    @Test
    void backoffDoublesUpToItsLimit() {
        Backoff b = new Backoff(java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(5));
        assertThat(List.of(1, 2, 3, 4, 5, 50).stream().map(n -> b.after(n).toSeconds()))
                .containsExactly(30L, 60L, 120L, 240L, 300L, 300L);
    }
}
