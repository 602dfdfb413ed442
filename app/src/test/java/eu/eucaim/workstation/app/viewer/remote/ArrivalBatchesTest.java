package eu.eucaim.workstation.app.viewer.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a series reply's arrived files are gathered into the library's stores: a lone file soon, files arriving one
 * after another in batches rather than one store each.
 */
class ArrivalBatchesTest {
    private static final BooleanSupplier ALWAYS = () -> true;
    private final ExecutorService threads = Executors.newFixedThreadPool(RemoteImages.STREAMS);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static List<Path> files(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(i -> Path.of("part-" + i + ".dcm"))
                .toList();
    }

    @Test
    void aLoneFileIsKeptWithoutWaitingForABatchToFill() throws Exception {
        BlockingQueue<List<Path>> kept = new LinkedBlockingQueue<>();
        ArrivalBatches<Path> arrived = new ArrivalBatches<>(threads, kept::add, ALWAYS);
        arrived.add(Path.of("part-1.dcm"));
        assertThat(kept.poll(10, TimeUnit.SECONDS)).containsExactly(Path.of("part-1.dcm"));
        arrived.add(Path.of("part-2.dcm"));
        assertThat(kept.poll(10, TimeUnit.SECONDS)).containsExactly(Path.of("part-2.dcm"));
    }

    /** One index commit per file or two cost as much CPU as decoding the series (see {@link ArrivalBatches}). */
    @Test
    void filesTricklingInAreKeptInBatchesNotOneStoreEach() throws Exception {
        BlockingQueue<List<Path>> kept = new LinkedBlockingQueue<>();
        ArrivalBatches<Path> arrived = new ArrivalBatches<>(threads, kept::add, ALWAYS); // a store that takes no time
        for (Path file : files(1, 100)) {
            arrived.add(file);
            Thread.sleep(1); // about as fast as a 512 KiB part arrives over loopback
        }
        List<List<Path>> batches = new ArrayList<>();
        for (int total = 0; total < 100; ) {
            List<Path> b = kept.poll(10, TimeUnit.SECONDS);
            assertThat(b).as("a batch within 10 s").isNotNull();
            batches.add(b);
            total += b.size();
        }
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(files(1, 100));
        assertThat(batches)
                .as("batches of files that arrived within %d ms", ArrivalBatches.GATHER_MS)
                .hasSizeLessThan(25);
    }

    @Test
    void whileABatchIsKeptTheNextGathersUpToTheBatchSizeInOrderAndOneKeeperRunsAtATime() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        BlockingQueue<List<Path>> kept = new LinkedBlockingQueue<>();
        ArrivalBatches<Path> arrived = new ArrivalBatches<>(
                threads,
                batch -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        release.await(10, TimeUnit.SECONDS); // the first batch takes its time
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    kept.add(batch);
                    running.decrementAndGet();
                },
                ALWAYS);
        arrived.add(Path.of("part-1.dcm"));
        while (running.get() == 0) {
            Thread.sleep(1);
        }
        files(2, 71).forEach(arrived::add); // arrive while the first is kept
        release.countDown();

        List<List<Path>> batches = new ArrayList<>();
        for (int total = 0; total < 71; ) {
            List<Path> b = kept.poll(10, TimeUnit.SECONDS);
            assertThat(b).as("a batch within 10 s").isNotNull();
            batches.add(b);
            total += b.size();
        }
        assertThat(batches.get(0)).containsExactly(Path.of("part-1.dcm"));
        assertThat(batches.subList(1, batches.size()))
                .extracting(List::size)
                .containsExactly(ArrivalBatches.BATCH, ArrivalBatches.BATCH, 70 - 2 * ArrivalBatches.BATCH);
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(files(1, 71));
        assertThat(mostAtOnce.get()).as("one keeper at a time").isEqualTo(1);
    }

    @Test
    void aBatchThatCouldNotBeKeptDoesNotStopTheFilesAfterIt() throws Exception {
        BlockingQueue<List<Path>> kept = new LinkedBlockingQueue<>();
        CountDownLatch failing = new CountDownLatch(1);
        ArrivalBatches<Path> arrived = new ArrivalBatches<>(
                threads,
                batch -> {
                    if (batch.contains(Path.of("part-1.dcm"))) {
                        failing.countDown();
                        throw new IllegalStateException("the library is closed");
                    }
                    kept.add(batch);
                },
                ALWAYS);
        arrived.add(Path.of("part-1.dcm"));
        assertThat(failing.await(10, TimeUnit.SECONDS)).isTrue();
        arrived.add(Path.of("part-2.dcm"));
        assertThat(kept.poll(10, TimeUnit.SECONDS)).containsExactly(Path.of("part-2.dcm"));
    }

    /** What runs after all (the end of a reply) runs once every file added before it is kept, and before later ones. */
    @Test
    void afterAllRunsOnceEveryFileBeforeItIsKept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Object> order = java.util.Collections.synchronizedList(new ArrayList<>());
        ArrivalBatches<Path> arrived = new ArrivalBatches<>(
                threads,
                batch -> {
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    order.addAll(batch);
                },
                ALWAYS);
        files(1, 40).forEach(arrived::add);
        CountDownLatch after = new CountDownLatch(1);
        arrived.afterAll(() -> {
            order.add("after");
            after.countDown();
        });
        arrived.add(Path.of("part-41.dcm"));
        Thread.sleep(100);
        assertThat(order).as("not before the files are kept").doesNotContain("after");
        release.countDown();
        assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
        while (order.size() < 42) {
            Thread.sleep(1);
        }
        List<Object> expected = new ArrayList<>(files(1, 40));
        expected.add("after");
        expected.add(Path.of("part-41.dcm"));
        assertThat(order).isEqualTo(expected);
    }

    @Test
    void filesWaitWhileTheDecodersAreBusyAndAreKeptOnceTheyAreQuiet() throws Exception {
        AtomicBoolean quiet = new AtomicBoolean();
        BlockingQueue<List<Path>> kept = new LinkedBlockingQueue<>();
        ArrivalBatches<Path> arrived = new ArrivalBatches<>(threads, kept::add, quiet::get, 60_000);
        for (Path file : files(1, 40)) {
            arrived.add(file);
        }
        assertThat(kept.poll(300, TimeUnit.MILLISECONDS))
                .as("nothing kept while the decoders are busy")
                .isNull();

        quiet.set(true);
        assertThat(takeKept(kept, 40)).isEqualTo(files(1, 40));
    }

    @Test
    void filesAreKeptAfterTheLongestWaitEvenIfTheDecodersNeverRest() throws Exception {
        BlockingQueue<List<Path>> kept = new LinkedBlockingQueue<>();
        ArrivalBatches<Path> arrived = new ArrivalBatches<>(threads, kept::add, () -> false, 1_500);
        long start = System.nanoTime();
        for (Path file : files(1, 40)) {
            arrived.add(file);
        }
        assertThat(takeKept(kept, 40)).isEqualTo(files(1, 40));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                .as("two batches, the second not waiting 1.5 s of its own again")
                .isGreaterThanOrEqualTo(1_500)
                .isLessThan(2_900);
    }

    /** The files of the batches kept, in order, until there are {@code count}; each batch within 10 s. */
    private static List<Path> takeKept(BlockingQueue<List<Path>> kept, int count) throws InterruptedException {
        List<Path> all = new ArrayList<>();
        while (all.size() < count) {
            List<Path> b = kept.poll(10, TimeUnit.SECONDS);
            assertThat(b).as("a batch within 10 s").isNotNull();
            all.addAll(b);
        }
        return all;
    }
}
