package eu.eucaim.workstation.node.attack;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow request bodies (issue 14, item 1): {@value #ATTACKERS} connections each sending a token request's body one
 * byte a second, on loopback, for {@value #ATTACK_SECONDS} s, while a well-behaved client keeps asking. Every probe
 * must be answered within twice its normal latency (with a floor for timer noise: {@value #NOISE_MS} ms), and the
 * node must have cut the attackers off (docs/security.md).
 */
class SlowBodyAttackTest {
    static final int ATTACKERS = 300;
    static final int ATTACK_SECONDS = 12;
    static final long NOISE_MS = 25;
    static final String TOKEN_REQUEST = "grant_type=refresh_token&refresh_token=x&client_id=c";

    @TempDir
    static Path temp;

    static EucaimNode node;

    @BeforeAll
    static void start() {
        node = EucaimNode.start(NodeConfig.defaults(temp, 11).withDatasetCount(2));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void slowBodiesLeaveEveryOtherRequestAnsweredAtItsNormalPace() throws Exception {
        URI base = node.baseUri();
        Probe probe = new Probe(base);
        List<Long> normal = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            normal.add(probe.get("/api/health"));
            normal.add(probe.postForm("/oauth2/token", TOKEN_REQUEST));
        }
        long usual = Probe.median(normal);

        List<Socket> sockets = new ArrayList<>();
        ExecutorService trickle = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < ATTACKERS; i++) {
                Socket s = new Socket(base.getHost(), base.getPort());
                s.getOutputStream()
                        .write(("POST /oauth2/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                                        + "Content-Length: 400\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                sockets.add(s);
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(ATTACK_SECONDS);
            trickle.submit(() -> {
                while (System.nanoTime() < end) {
                    for (Socket s : sockets) {
                        try {
                            OutputStream out = s.getOutputStream();
                            out.write('a');
                            out.flush();
                        } catch (IOException closedByTheNode) {
                            // the node cut it off: the defence working
                        }
                    }
                    Thread.sleep(1000);
                }
                return null;
            });
            Thread.sleep(1500); // every attacker is in, trickling
            List<Long> during = new ArrayList<>();
            while (System.nanoTime() < end) {
                during.add(probe.get("/api/health"));
                during.add(probe.postForm("/oauth2/token", TOKEN_REQUEST));
                Thread.sleep(50);
            }
            long limit = Math.max(2 * usual, usual + NOISE_MS);
            assertThat(Probe.median(during))
                    .as("median probe latency under attack (normal %d ms)", usual)
                    .isLessThanOrEqualTo(limit);
            assertThat(during.stream().filter(ms -> ms >= Probe.TIMEOUT.toMillis()))
                    .as("probes that got no answer")
                    .isEmpty();
            assertThat(cutOff(sockets))
                    .as("attackers the node cut off (408, or refused as too many from one address)")
                    .isGreaterThanOrEqualTo(ATTACKERS * 9 / 10);
        } finally {
            trickle.shutdownNow();
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    /** Sockets the node has answered or closed by now. */
    private static long cutOff(List<Socket> sockets) {
        return sockets.stream()
                .filter(s -> {
                    try {
                        s.setSoTimeout(200);
                        s.getInputStream().read();
                        return true; // an answer (408) or the end of the stream
                    } catch (SocketTimeoutException stillWaiting) {
                        return false;
                    } catch (IOException reset) {
                        return true;
                    }
                })
                .count();
    }
}
