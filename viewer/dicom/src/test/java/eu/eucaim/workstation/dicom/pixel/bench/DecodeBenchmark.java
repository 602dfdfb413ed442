package eu.eucaim.workstation.dicom.pixel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.lut.DisplayLut;
import eu.eucaim.workstation.dicom.lut.DisplayPipeline;
import eu.eucaim.workstation.dicom.lut.ModalityTransform;
import eu.eucaim.workstation.dicom.lut.PresentationLutShape;
import eu.eucaim.workstation.dicom.lut.VoiTransform;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.dicom.pixel.FrameDecoder;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Decode throughput of 512x512 16-bit frames (made by scripts/pixel/make-bench-frames.py) on one thread and
 * on all cores, against the peers decoding the same file in one process, plus the cost of a window/level
 * update on a 2048x2048 frame. Not a test: run with {@code mvn -o -pl viewer/dicom -am -Pbenchmarks verify}.
 * Writes a Markdown section to the file given as second argument.
 */
public final class DecodeBenchmark {
    private static final int RUNS = 7;

    private DecodeBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        JsonNode bench = new ObjectMapper().readTree(dir.resolve("bench.json").toFile());
        int threads = Runtime.getRuntime().availableProcessors();
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "Frames: %d x %d, 16 bits allocated, 12 stored, synthetic CT phantom; "
                        + "%d cores; Java %s, JVM options `%s` (collector: %s); median of %d runs; load average at start %s.%n%n",
                bench.get("rows").asInt(),
                bench.get("columns").asInt(),
                threads,
                System.getProperty("java.version"),
                String.join(
                        " ",
                        java.lang.management.ManagementFactory.getRuntimeMXBean()
                                .getInputArguments()),
                String.join(
                        ", ",
                        java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                                .map(java.lang.management.GarbageCollectorMXBean::getName)
                                .toList()),
                RUNS,
                loadAverage()));
        md.append("| syntax | frames | Java 1 thread (fps) | Java ")
                .append(threads)
                .append(" threads (fps) | peer, one process (fps) | Java 1 thread / peer | Java ")
                .append(threads)
                .append(" threads / peer | CPU ms per frame, 1 thread | CPU ms per frame, ")
                .append(threads)
                .append(" threads |\n");
        md.append("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |\n");
        short[][] reference = null;
        for (JsonNode entry : bench.get("entries")) {
            String name = entry.get("name").asText();
            String ts = entry.get("transferSyntax").asText();
            int n = entry.get("frames").asInt();
            PixelFormat format = new PixelFormat(
                    bench.get("rows").asInt(),
                    bench.get("columns").asInt(),
                    1,
                    16,
                    bench.get("bitsStored").asInt(),
                    bench.get("bitsStored").asInt() - 1,
                    0,
                    "MONOCHROME2",
                    0,
                    n);
            byte[][] frames = new byte[n][];
            for (int i = 0; i < n; i++) {
                frames[i] = Files.readAllBytes(dir.resolve(name).resolve("frame-" + i + ".bin"));
            }
            short[][] decoded = decodeAll(ts, format, frames);
            if (reference == null) {
                reference = decoded;
            } else if (!Arrays.deepEquals(reference, decoded)) {
                throw new IllegalStateException(name + " frames do not decode to the native frames");
            }
            double[] oneCpu = new double[1];
            double one = median(() -> decodeAll(ts, format, frames), oneCpu);
            double[] allCpu = new double[1];
            double all = medianParallel(ts, format, frames, threads, allCpu);
            String[] peer = peerCommand(name, dir.resolve(entry.get("file").asText()));
            double peerSeconds = median(() -> run(peer));
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.0f | %.0f (`%s`) | %.2f | %.2f | %.1f | %.1f |%n",
                    TransferSyntax.describe(ts) + ", " + FrameDecoder.implementation(ts),
                    n,
                    n / one,
                    n / all,
                    n / peerSeconds,
                    peer[0] + (peer.length > 3 ? " " + peer[1] : ""),
                    peerSeconds / one,
                    peerSeconds / all,
                    oneCpu[0] * 1e3 / n,
                    allCpu[0] * 1e3 / n));
            System.out.println(name + " done");
        }
        md.append("\n").append(windowLevel());
        System.out.print(md);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), md);
        }
    }

    /** The machine may be shared; the load says how much the figures can be trusted. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static short[][] decodeAll(String ts, PixelFormat format, byte[][] frames) {
        short[][] out = new short[frames.length][];
        for (int i = 0; i < frames.length; i++) {
            out[i] = FrameDecoder.decode(ts, format, i, frames[i], ByteOrder.LITTLE_ENDIAN)
                    .shorts();
        }
        return out;
    }

    private static double medianParallel(String ts, PixelFormat format, byte[][] frames, int threads, double[] cpu)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return medianOf(RUNS, cpu, () -> {
                List<Future<DecodedFrame>> futures = new ArrayList<>();
                for (int i = 0; i < frames.length; i++) {
                    int index = i;
                    futures.add(pool.submit(
                            () -> FrameDecoder.decode(ts, format, index, frames[index], ByteOrder.LITTLE_ENDIAN)));
                }
                for (Future<DecodedFrame> f : futures) {
                    f.get();
                }
                return null;
            });
        } finally {
            pool.shutdown();
        }
    }

    /** The peer decodes the whole multi-frame file and writes it uncompressed (native: a plain copy). */
    private static String[] peerCommand(String name, Path file) throws IOException {
        String out = Files.createTempFile("bench", ".dcm").toString();
        return switch (name) {
            case "rle" -> new String[] {"dcmdrle", file.toString(), out};
            case "jpeg-lossless" -> new String[] {"dcmdjpeg", file.toString(), out};
            case "j2k" -> new String[] {"gdcmconv", "--raw", file.toString(), out};
            default -> new String[] {"dcmconv", file.toString(), out};
        };
    }

    private static Object run(String[] command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return null;
    }

    /** Window/level on a 2048x2048 16-bit frame: rebuild the 65536-entry table and apply, vs apply only. */
    private static String windowLevel() throws Exception {
        short[] frame = new short[2048 * 2048];
        Random random = new Random(1);
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) random.nextInt(4096);
        }
        int[] argb = new int[frame.length];
        DisplayPipeline pipeline = new DisplayPipeline(
                new ModalityTransform.Rescale(1, -1024),
                new VoiTransform.Window(40, 400),
                PresentationLutShape.IDENTITY);
        DisplayLut lut = pipeline.buildLut(16, false);
        int[] step = {0};
        double apply = medianOf(21, () -> {
            lut.applyArgb(frame, false, argb);
            return null;
        });
        double update = medianOf(21, () -> {
            step[0]++;
            pipeline.withVoi(new VoiTransform.Window(40 + step[0], 400))
                    .buildLut(16, false)
                    .applyArgb(frame, false, argb);
            return null;
        });
        return String.format(
                Locale.ROOT,
                "Window/level on a 2048 x 2048 16-bit frame (median of 21): plain LUT pass "
                        + "%.2f ms; window change (rebuild 65536-entry LUT + pass) %.2f ms; ratio %.2f (budget 2.0).%n",
                apply * 1e3,
                update * 1e3,
                update / apply);
    }

    interface Work {
        Object run() throws Exception;
    }

    private static double median(Work work) throws Exception {
        return medianOf(RUNS, new double[1], work);
    }

    private static double median(Work work, double[] cpu) throws Exception {
        return medianOf(RUNS, cpu, work);
    }

    private static double medianOf(int runs, Work work) throws Exception {
        return medianOf(runs, new double[1], work);
    }

    /**
     * Median wall seconds of {@code runs} runs after 3 warm-ups; {@code cpu[0]} receives the median CPU seconds
     * of the whole process per run (all threads): on a shared machine wall time shows the load, while CPU time
     * per frame that stays the same on more threads shows the decoders do not contend with each other.
     */
    private static double medianOf(int runs, double[] cpu, Work work) throws Exception {
        for (int w = 0; w < 3; w++) {
            work.run(); // warm-up: JIT and the per-thread decoders
        }
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double[] seconds = new double[runs];
        double[] cpuSeconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            work.run();
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            cpuSeconds[r] = (os.getProcessCpuTime() - c0) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpuSeconds);
        cpu[0] = cpuSeconds[runs / 2];
        return seconds[runs / 2];
    }
}
