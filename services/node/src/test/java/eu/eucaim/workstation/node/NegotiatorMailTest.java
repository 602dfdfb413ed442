package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.eucaim.workstation.node.auth.MovableClock;
import eu.eucaim.workstation.node.auth.ProviderClient;
import eu.eucaim.workstation.node.negotiator.mail.Backoff;
import eu.eucaim.workstation.node.negotiator.mail.MailSendException;
import eu.eucaim.workstation.node.negotiator.mail.MailSender;
import eu.eucaim.workstation.node.negotiator.mail.OutboxDispatcher;
import eu.eucaim.workstation.node.negotiator.mail.OutgoingMail;
import eu.eucaim.workstation.node.negotiator.mail.SmtpMailSender;
import eu.eucaim.workstation.node.negotiator.mail.SmtpSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Negotiator's e-mails (issue 15 item 8) through a real SMTP server on loopback (GreenMail): each notification
 * once, threaded per negotiation and recipient, never to who made the change; a server that is down or refuses the
 * sign-in leaves them in the outbox until it takes them; without a sender nothing goes.
 */
class NegotiatorMailTest {
    static final String FROM = "EUCAIM Negotiator <negotiator@node.example.org>";

    @TempDir
    static Path dir;

    static EucaimNode node;
    static Map<String, String> tokens = new HashMap<>();
    static String represented;

    GreenMail smtp;

    @BeforeAll
    static void start() throws Exception {
        node = EucaimNode.start(NodeConfig.defaults(dir, 1)); // no SMTP: the default
        ProviderClient client = new ProviderClient(node.baseUri());
        for (String user : List.of("researcher", "steward", "admin")) {
            tokens.put(user, client.login(user).accessToken());
        }
        represented = V3Calls.datasetOfBiobank(node, true).id();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @BeforeEach
    void startSmtp() {
        smtp = startSmtp(0);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private static GreenMail startSmtp(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail g = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        g.start();
        return g;
    }

    private SmtpSettings settings() {
        return SmtpSettings.withoutSignIn("127.0.0.1", smtp.getSmtp().getPort(), SmtpSettings.Security.NONE, FROM);
    }

    private OutboxDispatcher dispatcher(SmtpSettings settings, Clock clock) {
        return new OutboxDispatcher(node.dataSource(), new SmtpMailSender(settings), clock, Backoff.DEFAULT);
    }

    @Test
    void eachNotificationIsMailedOnceThreadedPerNegotiationAndNeverToWhoMadeTheChange() throws Exception {
        String id = negotiationInProgress();
        ok(put(
                "/api/v3/negotiations/" + id + "/resources/" + represented + "/lifecycle/MARK_AS_CHECKING_AVAILABILITY",
                "steward"));
        OutboxDispatcher d = dispatcher(settings(), Clock.systemUTC());

        d.runOnce();
        assertThat(d.runOnce().sent()).as("a second run finds nothing left").isZero();

        List<MimeMessage> mails = received(id);
        List<String[]> rows = outbox(id);
        assertThat(rows).as("submitted, approved, checked: 1 + 2 + 1 e-mails").hasSize(4);
        assertThat(rows).allSatisfy(r -> assertThat(r[3]).as("sent_at").isNotNull());
        assertThat(mails)
                .extracting(NegotiatorMailTest::messageId)
                .containsExactlyInAnyOrderElementsOf(
                        rows.stream().map(r -> r[1]).toList());
        // who got what: never the one who made the change
        assertThat(mails)
                .extracting(m -> to(m) + ": " + m.getSubject() + ": " + body(m))
                .containsExactlyInAnyOrder(
                        "admin@demo.eucaim.invalid: Request Status Update: The negotiation 'Mail test' is now Under"
                                + " review (Demo Researcher)",
                        "researcher@demo.eucaim.invalid: Request Status Update: The negotiation 'Mail test' is now In"
                                + " Progress (Demo Access Committee)",
                        "steward@demo.eucaim.invalid: Request Status Update: The negotiation 'Mail test' is now In"
                                + " Progress (Demo Access Committee)",
                        "researcher@demo.eucaim.invalid: Request Status update: Resource " + represented
                                + " had a change of status in your request 'Mail test', from Representative Contacted"
                                + " to Checking Availability");
        // threading: each recipient's first e-mail about the negotiation starts the thread, later ones answer it
        List<MimeMessage> researcher =
                mails.stream().filter(m -> to(m).startsWith("researcher@")).toList();
        assertThat(researcher).hasSize(2);
        MimeMessage first = byBody(researcher, "In Progress");
        MimeMessage second = byBody(researcher, "Checking Availability");
        assertThat(first.getHeader("In-Reply-To")).isNull();
        assertThat(first.getHeader("References")).isNull();
        assertThat(second.getHeader("In-Reply-To")).containsExactly(messageId(first));
        assertThat(second.getHeader("References")).containsExactly(messageId(first));
        assertThat(messageId(first)).matches("<notification-\\d+\\." + id + "@127\\.0\\.0\\.1>");
        MimeMessage admin = mails.stream()
                .filter(m -> to(m).startsWith("admin@"))
                .findFirst()
                .orElseThrow();
        assertThat(admin.getHeader("In-Reply-To"))
                .as("the admin's first e-mail")
                .isNull();
        assertThat(admin.getFrom()[0].toString()).isEqualTo(FROM);
        assertThat(admin.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    @Test
    void twoDispatchersRacingForTheSameEmailSendItOnce() throws Exception {
        List<String> ids = List.of(negotiationInProgress(), negotiationInProgress());
        SmtpMailSender smtpSender = new SmtpMailSender(settings());
        // A claims the oldest e-mail and holds it while B runs: B meets A's claim on that very row.
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger held = new AtomicInteger();
        MailSender holding = new MailSender() {
            @Override
            public void send(OutgoingMail mail) throws MailSendException {
                if (held.getAndIncrement() == 0) {
                    claimed.countDown();
                    await(release);
                }
                smtpSender.send(mail);
            }

            @Override
            public String describe() {
                return "holding " + smtpSender.describe();
            }
        };
        OutboxDispatcher a = new OutboxDispatcher(node.dataSource(), holding, Clock.systemUTC(), Backoff.DEFAULT);
        OutboxDispatcher b = dispatcher(settings(), Clock.systemUTC());
        CompletableFuture<OutboxDispatcher.Pass> byA = CompletableFuture.supplyAsync(a::runOnce);
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<OutboxDispatcher.Pass> byB = CompletableFuture.supplyAsync(b::runOnce);
        Thread.sleep(300); // B is now waiting for A's claim on the first row
        release.countDown();
        int sent = byA.get(60, TimeUnit.SECONDS).sent()
                + byB.get(60, TimeUnit.SECONDS).sent();
        sent += a.runOnce().sent() + b.runOnce().sent(); // what a lock wait left over goes later, still once

        for (String id : ids) {
            assertThat(received(id))
                    .extracting(NegotiatorMailTest::messageId)
                    .hasSize(3)
                    .doesNotHaveDuplicates();
            assertThat(outbox(id)).allSatisfy(r -> assertThat(r[3]).isNotNull());
        }
        assertThat(sent).isEqualTo(smtp.getReceivedMessages().length);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aServerThatIsDownLeavesTheEmailsAndTheyGoOnceItIsBackAfterTheBackoff() throws Exception {
        String id = negotiationInProgress();
        int port = smtp.getSmtp().getPort();
        SmtpSettings settings = settings();
        smtp.stop();
        MovableClock clock = new MovableClock();
        OutboxDispatcher d = dispatcher(settings, clock);

        OutboxDispatcher.Pass down = d.runOnce();
        assertThat(down.sent()).isZero();
        assertThat(down.failed())
                .as("the pass stops at the first refused connection")
                .isEqualTo(1);
        assertThat(outbox(id)).hasSize(3).allSatisfy(r -> assertThat(r[3]).isNull());

        smtp = startSmtp(port);
        assertThat(d.runOnce()).as("within the back-off").isEqualTo(new OutboxDispatcher.Pass(0, 0, 0));
        assertThat(smtp.getReceivedMessages()).isEmpty();
        clock.advance(Backoff.DEFAULT.after(1));
        d.runOnce();
        assertThat(received(id)).hasSize(3);
        assertThat(outbox(id)).allSatisfy(r -> assertThat(r[3]).isNotNull());
    }

    @Test
    void anEmailTheServerCannotTakeWaitsItsOwnBackoffWhileTheOthersGo() throws Exception {
        String id = negotiationInProgress();
        String broken = outbox(id).get(0)[1];
        setRecipient(broken, "no address");
        MovableClock clock = new MovableClock();
        OutboxDispatcher d = dispatcher(settings(), clock);

        assertThat(d.runOnce().failed()).isEqualTo(1);
        assertThat(received(id)).hasSize(2);
        OutboxDispatcher.Pass waiting = d.runOnce();
        assertThat(waiting.postponed()).isEqualTo(1);
        assertThat(waiting.failed()).isZero();
        clock.advance(Backoff.DEFAULT.after(1));
        assertThat(d.runOnce().failed()).as("tried again after its back-off").isEqualTo(1);
        assertThat(outbox(id))
                .filteredOn(r -> r[1].equals(broken))
                .allSatisfy(r -> assertThat(r[3]).isNull());

        setRecipient(broken, "admin@demo.eucaim.invalid"); // mended: it goes with the next pass after its back-off
        clock.advance(Backoff.DEFAULT.after(2));
        d.runOnce();
        assertThat(received(id)).hasSize(3);
    }

    private static void setRecipient(String messageId, String recipient) throws Exception {
        try (Connection c = node.dataSource().getConnection();
                PreparedStatement ps =
                        c.prepareStatement("UPDATE negotiator_email_outbox SET recipient = ? WHERE message_id = ?")) {
            ps.setString(1, recipient);
            ps.setString(2, messageId);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedSignInLeavesTheEmailsAndTheyGoWithTheRightPassword() throws Exception {
        smtp.setUser("negotiator@node.example.org", "node-user", "right-secret");
        String id = negotiationInProgress();
        int port = smtp.getSmtp().getPort();
        SmtpSettings wrong =
                new SmtpSettings("127.0.0.1", port, SmtpSettings.Security.NONE, "node-user", "wrong-secret", FROM);
        assertThat(wrong.toString()).doesNotContain("wrong-secret").contains("password=***");

        assertThat(dispatcher(wrong, Clock.systemUTC()).runOnce().sent()).isZero();
        assertThat(outbox(id)).allSatisfy(r -> assertThat(r[3]).isNull());
        assertThat(smtp.getReceivedMessages()).isEmpty();

        SmtpSettings right =
                new SmtpSettings("127.0.0.1", port, SmtpSettings.Security.NONE, "node-user", "right-secret", FROM);
        dispatcher(right, Clock.systemUTC()).runOnce();
        assertThat(received(id)).hasSize(3);
    }

    @Test
    void withoutASenderNothingIsSentAndTheEmailsStay() throws Exception {
        String id = negotiationInProgress();
        OutboxDispatcher none = OutboxDispatcher.start(node.dataSource(), null);
        assertThat(none.sending()).isFalse();

        assertThat(none.runOnce()).isEqualTo(new OutboxDispatcher.Pass(0, 0, 0));
        none.close();

        assertThat(outbox(id)).hasSize(3).allSatisfy(r -> assertThat(r[3]).isNull());
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aNodeWithSmtpSettingsSendsItsOutboxByItself(@TempDir Path other) throws Exception {
        try (EucaimNode mailing = EucaimNode.start(NodeConfig.defaults(other, 1).withSmtp(settings()))) {
            assertThat(mailing.config().toString()).contains("smtp=SmtpSettings[host=127.0.0.1");
            ProviderClient client = new ProviderClient(mailing.baseUri());
            String researcher = client.login("researcher").accessToken();
            String dataset = V3Calls.datasetOfBiobank(mailing, true).id();
            String id = draft(mailing.baseUri(), researcher, dataset, payload());
            ok(V3Calls.send(
                            mailing.baseUri(),
                            "PUT",
                            "/api/v3/negotiations/" + id + "/lifecycle/SUBMIT",
                            researcher,
                            null)
                    .status());

            assertThat(smtp.waitForIncomingEmail(60_000, 1))
                    .as("the node's own dispatcher sends within its period")
                    .isTrue();
            assertThat(to(smtp.getReceivedMessages()[0])).isEqualTo("admin@demo.eucaim.invalid");
        }
    }

    // ---- the negotiation, over HTTP

    /** A negotiation of the researcher's with the steward's dataset: submitted, then approved by the committee. */
    private static String negotiationInProgress() throws Exception {
        String id = draft(node.baseUri(), tokens.get("researcher"), represented, payload());
        ok(put("/api/v3/negotiations/" + id + "/lifecycle/SUBMIT", "researcher"));
        ok(put("/api/v3/negotiations/" + id + "/lifecycle/APPROVE", "admin"));
        return id;
    }

    /** A draft negotiation of {@code token}'s user about {@code dataset}, handed over as the catalogue does. */
    private static String draft(URI base, String token, String dataset, Object payload) throws Exception {
        String request = V3Calls.json(V3Calls.send(
                        base,
                        "POST",
                        "/api/v3/requests",
                        null,
                        Map.of(
                                "url",
                                base.toString(),
                                "humanReadable",
                                "x",
                                "resources",
                                List.of(Map.of("id", dataset, "name", "x")))))
                .path("id")
                .asText();
        return V3Calls.json(V3Calls.send(
                        base,
                        "POST",
                        "/api/v3/negotiations",
                        token,
                        Map.of("request", request, "payload", payload, "draft", true)))
                .path("id")
                .asText();
    }

    /** The complete EUCAIM form, with a title of its own (the e-mails name the negotiation by it). */
    private static com.fasterxml.jackson.databind.node.ObjectNode payload() {
        com.fasterxml.jackson.databind.node.ObjectNode p = NegotiatorFlowTest.completePayload();
        ((com.fasterxml.jackson.databind.node.ObjectNode) p.path("scientific")).put("use-case-title", "Mail test");
        return p;
    }

    private static int put(String path, String user) {
        return V3Calls.send(node.baseUri(), "PUT", path, tokens.get(user), null).status();
    }

    private static void ok(int status) {
        assertThat(status).isEqualTo(200);
    }

    // ---- what was sent

    /** The outbox rows of negotiation {@code id}: recipient, message id, thread id, sent_at. */
    private static List<String[]> outbox(String id) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = node.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT o.recipient, o.message_id, o.thread_id, o.sent_at"
                        + " FROM negotiator_email_outbox o JOIN negotiator_notification n ON n.id = o.notification_id"
                        + " WHERE n.negotiation_id = ? ORDER BY o.notification_id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        return rows;
    }

    /** The e-mails the server took about negotiation {@code id} (their Message-ID names it). */
    private List<MimeMessage> received(String id) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> messageId(m).contains("." + id + "@"))
                .toList();
    }

    private static MimeMessage byBody(List<MimeMessage> mails, String text) {
        return mails.stream().filter(m -> body(m).contains(text)).findFirst().orElseThrow();
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return m.getContent().toString().strip();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
