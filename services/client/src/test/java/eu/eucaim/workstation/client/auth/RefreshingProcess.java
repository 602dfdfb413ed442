package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.auth.AuthException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An {@code eucaim} command in a process of its own, for {@link SignInAcrossProcessesTest}: loads the saved sign-in
 * in {@code args[0]} as the command line does, says "ready", waits for the file {@code args[1]} to appear (so that
 * all the processes ask at the same moment), asks for an access token and says "ok" (exit 0) or why not (exit 1).
 */
public final class RefreshingProcess {
    private RefreshingProcess() {}

    public static void main(String[] args) throws InterruptedException {
        Path config = Path.of(args[0]);
        Path go = Path.of(args[1]);
        Session session = new SignInClient(
                        new SignInStorage(config, SignInStorage.fixed(null, "none in this test"), line -> {}),
                        Duration.ofMinutes(1))
                .savedSession()
                .orElseThrow();
        System.out.println("ready");
        System.out.flush();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(go)) {
            if (System.nanoTime() > deadline) {
                System.out.println("no start signal");
                System.exit(2);
            }
            Thread.sleep(1);
        }
        try {
            session.accessToken();
            System.out.println("ok");
            System.exit(0);
        } catch (AuthException e) {
            System.out.println("failed: " + e.getMessage());
            System.exit(1);
        }
    }
}
