package eu.eucaim.workstation.node.samples;

import java.nio.file.Path;

/** A stand-in for a node process generating a set: takes the set's lock, says so, and waits to be killed. */
final class HoldGenerationLock {
    static final String HELD = "held";

    private HoldGenerationLock() {}

    public static void main(String[] args) throws Exception {
        GenerationLock lock = GenerationLock.tryAcquire(Path.of(args[0]))
                .orElseThrow(() -> new IllegalStateException("the lock is taken: " + args[0]));
        System.out.println(HELD);
        System.out.flush();
        Thread.sleep(120_000);
        lock.close();
    }
}
