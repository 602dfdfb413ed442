package eu.eucaim.workstation.client.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.dicomweb.ArrivedInstance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartRelatedTest {
    private static final String TYPE = "multipart/related; type=\"application/octet-stream\"; boundary=\"b0und\"";

    private static byte[] body(byte[]... parts) {
        return body(false, parts);
    }

    /** With {@code lengths}, each part says its Content-Length, as the node's and Orthanc's replies do. */
    private static byte[] body(boolean lengths, byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(("--b0und\r\nContent-Type: application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1\r\n"
                            + (lengths ? "Content-Length: " + p.length + "\r\n" : "")
                            + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(p);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("--b0und--\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void readsEachPartWithItsHeadersEvenWhenTheDataLooksLikeTheDelimiter() throws Exception {
        byte[] tricky = "a\r\n--b0unx\r\n-\r\n--b0u".getBytes(StandardCharsets.US_ASCII);
        byte[] binary = new byte[70_000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        List<MultipartRelated.Part> parts = new ArrayList<>();
        int n = MultipartRelated.read(TYPE, new ByteArrayInputStream(body(tricky, binary, new byte[0])), parts::add);
        assertThat(n).isEqualTo(3);
        assertThat(parts.get(0).body()).isEqualTo(tricky);
        assertThat(parts.get(1).body()).isEqualTo(binary);
        assertThat(parts.get(2).body()).isEmpty();
        assertThat(parts.get(0).contentType())
                .isEqualTo("application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1");
    }

    @Test
    void aReplyCutShortOrWithoutABoundarySaysSo() {
        byte[] whole = body(new byte[100]);
        byte[] cut = Arrays.copyOf(whole, whole.length - 30);
        assertThatThrownBy(() -> MultipartRelated.read(TYPE, new ByteArrayInputStream(cut), p -> {}))
                .isInstanceOf(IOException.class)
                .hasMessage("the multipart reply ended inside a part");
        assertThatThrownBy(() -> MultipartRelated.read("multipart/related", new ByteArrayInputStream(whole), p -> {}))
                .hasMessage("the multipart reply names no boundary: 'multipart/related'");
        assertThatThrownBy(() -> MultipartRelated.read("application/json", new ByteArrayInputStream(whole), p -> {}))
                .hasMessage("expected a multipart/related reply, got 'application/json'");
    }

    @Test
    void aPartIsCopiedByItsContentLengthAndALengthThatMissesTheDelimiterSaysSo() throws Exception {
        byte[] data = "xx\r\n--b0und\r\nlooks like a delimiter, is data".getBytes(StandardCharsets.US_ASCII);
        List<MultipartRelated.Part> parts = new ArrayList<>();
        MultipartRelated.read(TYPE, new ByteArrayInputStream(body(true, data, new byte[0])), parts::add);
        assertThat(parts).extracting(MultipartRelated.Part::body).containsExactly(data, new byte[0]);

        byte[] lying = new String(body(true, data), StandardCharsets.ISO_8859_1)
                .replace("Content-Length: " + data.length, "Content-Length: " + (data.length - 1))
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> MultipartRelated.read(TYPE, new ByteArrayInputStream(lying), p -> {}))
                .isInstanceOf(IOException.class)
                .hasMessage(
                        "a part's Content-Length (" + (data.length - 1) + ") does not end where its delimiter starts");
        byte[] tooLong = new String(body(true, data), StandardCharsets.ISO_8859_1)
                .replace("Content-Length: " + data.length, "Content-Length: 100000")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> MultipartRelated.read(TYPE, new ByteArrayInputStream(tooLong), p -> {}))
                .hasMessage("the multipart reply ended inside a part");
        byte[] plain = "no delimiter in here".getBytes(StandardCharsets.US_ASCII);
        byte[] notANumber = new String(body(true, plain), StandardCharsets.ISO_8859_1)
                .replace("Content-Length: " + plain.length, "Content-Length: many")
                .getBytes(StandardCharsets.ISO_8859_1);
        parts.clear();
        MultipartRelated.read(TYPE, new ByteArrayInputStream(notANumber), parts::add);
        assertThat(parts)
                .as("a length that is not a number is passed over: the delimiter ends the part")
                .extracting(MultipartRelated.Part::body)
                .containsExactly(plain);
    }

    @Test
    void oneInstanceIsReadStraightThroughAndAReplyOfTwoOrNonePartsIsRefused() throws Exception {
        byte[] instance = new byte[200_000];
        Arrays.fill(instance, (byte) 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MultipartRelated.readOne(TYPE, new ByteArrayInputStream(body(instance)), out);
        assertThat(out.toByteArray()).isEqualTo(instance);
        assertThatThrownBy(() -> MultipartRelated.readOne(
                        TYPE, new ByteArrayInputStream(body(instance, instance)), new ByteArrayOutputStream()))
                .hasMessage("the multipart reply holds more than the one part asked for");
        assertThatThrownBy(() ->
                        MultipartRelated.readOne(TYPE, new ByteArrayInputStream(body()), new ByteArrayOutputStream()))
                .hasMessage("the multipart reply holds no part");
    }

    @Test
    void oneInstanceIsReadIntoMemoryByItsLengthOrWithoutOne() throws Exception {
        byte[] instance = new byte[300_000];
        for (int i = 0; i < instance.length; i++) {
            instance[i] = (byte) (i * 7);
        }
        for (boolean lengths : new boolean[] {true, false}) {
            assertThat(MultipartRelated.readOneBytes(TYPE, trickling(body(lengths, instance), lengths ? 1 : 2)))
                    .as("lengths " + lengths)
                    .isEqualTo(instance);
        }
        assertThat(MultipartRelated.readOneBytes(TYPE, new ByteArrayInputStream(body(true, new byte[0]))))
                .isEmpty();
        assertThatThrownBy(() -> MultipartRelated.readOneBytes(TYPE, new ByteArrayInputStream(body(true))))
                .hasMessage("the multipart reply holds no part");
        assertThatThrownBy(() ->
                        MultipartRelated.readOneBytes(TYPE, new ByteArrayInputStream(body(true, instance, instance))))
                .hasMessage("the multipart reply holds more than the one part asked for");
    }

    /**
     * A server that says a length far beyond what it sends: refused as cut off, without an array of the length it
     * said (2 GB here; the test's heap would not hold it). One beyond any array: refused as too large to hold.
     */
    @Test
    void aPartsLengthIsNotTakenOnTrust() {
        byte[] small = "a small part".getBytes(StandardCharsets.US_ASCII);
        String whole = new String(body(true, small), StandardCharsets.ISO_8859_1);
        byte[] huge = whole.replace("Content-Length: " + small.length, "Content-Length: 2147483000")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> MultipartRelated.readOneBytes(TYPE, new ByteArrayInputStream(huge)))
                .isInstanceOf(IOException.class)
                .hasMessage("the multipart reply ended inside a part");
        byte[] beyond = whole.replace("Content-Length: " + small.length, "Content-Length: 5000000000")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> MultipartRelated.readOneBytes(TYPE, new ByteArrayInputStream(beyond)))
                .hasMessage("a part of 5000000000 bytes is more than can be held in memory");
    }

    /** Arrives a few bytes at a time, as a slow network gives it: a delimiter may be split over reads and buffers. */
    private static java.io.InputStream trickling(byte[] data, long seed) {
        java.util.Random random = new java.util.Random(seed);
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(random.nextBoolean() ? 9 : 70_000)));
            }
        };
    }

    @Test
    void partsArrivingInPiecesWithDelimiterLookalikesAcrossTheBufferAreReadExactly() throws Exception {
        java.util.Random random = new java.util.Random(42);
        byte[] near = "\r\n--b0und".getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 40; round++) {
            List<byte[]> expected = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(4); p++) {
                byte[] data = new byte[random.nextInt(140_000)];
                random.nextBytes(data);
                // Lookalikes: every proper prefix of the delimiter, some of them around the 64 KiB buffer edge.
                for (int k = 0; k < 30 && data.length > near.length; k++) {
                    int len = 1 + random.nextInt(near.length - 1);
                    int at = k % 3 == 0 && data.length > 65_600
                            ? 65_536 - random.nextInt(12)
                            : random.nextInt(data.length - len);
                    System.arraycopy(near, 0, data, at, len);
                    if (at + len < data.length) {
                        data[at + len] = 'x'; // not the rest of the delimiter, which random bytes might be
                    }
                }
                expected.add(data);
            }
            byte[] body = body(round % 2 == 0, expected.toArray(byte[][]::new));
            List<MultipartRelated.Part> parts = new ArrayList<>();
            MultipartRelated.read(TYPE, trickling(body, round), parts::add);
            assertThat(parts).hasSize(expected.size());
            for (int k = 0; k < expected.size(); k++) {
                assertThat(parts.get(k).body()).as("round %d part %d", round, k).isEqualTo(expected.get(k));
            }
            List<byte[]> files = new ArrayList<>();
            Path dir = Files.createTempDirectory("parts");
            try {
                toFiles(TYPE, trickling(body, round + 500), dir, f -> {
                    files.add(Files.readAllBytes(f));
                    Files.delete(f);
                });
            } finally {
                Files.delete(dir);
            }
            assertThat(files).as("round %d, to files", round).containsExactlyElementsOf(expected);
            // In memory where a part says its length (the even rounds), else to files: the same bytes either way.
            List<byte[]> arrived = new ArrayList<>();
            List<Boolean> inMemory = new ArrayList<>();
            Path dir2 = Files.createTempDirectory("parts");
            try {
                MultipartRelated.readParts(TYPE, trickling(body, round + 1500), dir2, length -> true, part -> {
                    arrived.add(part.readAllBytes());
                    inMemory.add(part.isInMemory());
                    if (!part.isInMemory()) {
                        Files.delete(part.file());
                    }
                });
            } finally {
                Files.delete(dir2);
            }
            assertThat(arrived).as("round %d, in memory", round).containsExactlyElementsOf(expected);
            assertThat(inMemory)
                    .as("round %d: in memory when the parts say their length", round)
                    .containsOnly(round % 2 == 0);
            if (expected.size() == 1) {
                ByteArrayOutputStream one = new ByteArrayOutputStream();
                MultipartRelated.readOne(TYPE, trickling(body, round + 1000), one);
                assertThat(one.toByteArray()).isEqualTo(expected.get(0));
            }
        }
    }

    @Test
    void partsGoToFilesAsTheyArriveAndAPartCutOffIsNeverHandedOverNorLeft(@TempDir Path dir) throws Exception {
        byte[] one = new byte[90_000];
        byte[] two = new byte[70_000];
        Arrays.fill(one, (byte) 1);
        Arrays.fill(two, (byte) 2);
        List<byte[]> handed = new ArrayList<>();
        int n = toFiles(TYPE, trickling(body(one, two), 7), dir, f -> {
            handed.add(Files.readAllBytes(f));
            Files.delete(f);
        });
        assertThat(n).isEqualTo(2);
        assertThat(handed).containsExactly(one, two);

        byte[] whole = body(one, two);
        byte[] cut = Arrays.copyOf(whole, whole.length - 40_000); // inside the second part
        handed.clear();
        assertThatThrownBy(() -> toFiles(TYPE, new ByteArrayInputStream(cut), dir, f -> {
                    handed.add(Files.readAllBytes(f));
                    Files.delete(f);
                }))
                .hasMessage("the multipart reply ended inside a part");
        assertThat(handed).containsExactly(one);
        try (var left = Files.list(dir)) {
            assertThat(left).as("no part left behind").isEmpty();
        }
    }

    @Test
    void aSinkThatStopsTheReplyStopsItWithItsOwnErrorAndLeavesNoPartBehind(@TempDir Path dir) throws Exception {
        byte[][] parts = new byte[6][];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = new byte[100_000 + i];
            Arrays.fill(parts[i], (byte) i);
        }
        List<byte[]> handed = new ArrayList<>();
        assertThatThrownBy(() -> toFiles(TYPE, trickling(body(true, parts), 3), dir, f -> {
                    handed.add(Files.readAllBytes(f));
                    Files.delete(f);
                    if (handed.size() == 2) {
                        throw new InterruptedIOException("another series was opened");
                    }
                }))
                .isInstanceOf(InterruptedIOException.class)
                .hasMessage("another series was opened");
        assertThat(handed).containsExactly(parts[0], parts[1]);
        try (var left = Files.list(dir)) {
            assertThat(left)
                    .as("nothing written after the sink stopped the reply is left")
                    .isEmpty();
        }
    }

    @Test
    void aPartThatCannotBeWrittenStopsTheReplyWithTheReason(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("fetch");
        byte[][] parts = {new byte[200_000], new byte[200_000], new byte[200_000]};
        List<Path> handed = new ArrayList<>();
        assertThatThrownBy(() -> toFiles(TYPE, new ByteArrayInputStream(body(parts)), dir, f -> {
                    handed.add(f);
                    Files.delete(f);
                    Files.delete(dir); // the folder is gone: the next part has nowhere to go
                }))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(dir.toString());
        assertThat(handed).hasSize(1);
        assertThat(dir).doesNotExist();
    }

    /** Every part to a file (none in memory), each handed to {@code sink} as a path. */
    private static int toFiles(String type, java.io.InputStream body, Path dir, FileSink sink) throws Exception {
        return MultipartRelated.readParts(type, body, dir, length -> false, part -> sink.accept(part.file()));
    }

    @FunctionalInterface
    private interface FileSink {
        void accept(Path file) throws java.io.IOException;
    }

    @Test
    void partsComeInMemoryAsFarAsTheCallerAllowsAndTheRestToFiles(@TempDir Path dir) throws Exception {
        byte[][] parts = new byte[5][];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = new byte[100_000 + 1000 * i];
            Arrays.fill(parts[i], (byte) (i + 1));
        }
        // A budget of 250,000 bytes, counted as parts are handed over: two parts, then files.
        long[] held = {0};
        List<Long> asked = new ArrayList<>();
        List<ArrivedInstance> handed = new ArrayList<>();
        int n = MultipartRelated.readParts(
                TYPE,
                trickling(body(true, parts), 11),
                dir,
                length -> {
                    asked.add(length);
                    return held[0] + length <= 250_000;
                },
                part -> {
                    handed.add(part);
                    if (part.isInMemory()) {
                        held[0] += part.bytes().length;
                    }
                });
        assertThat(n).isEqualTo(5);
        assertThat(asked)
                .as("each part's Content-Length")
                .containsExactly(100_000L, 101_000L, 102_000L, 103_000L, 104_000L);
        assertThat(handed).extracting(ArrivedInstance::isInMemory).containsExactly(true, true, false, false, false);
        for (int i = 0; i < parts.length; i++) {
            assertThat(handed.get(i).readAllBytes()).as("part %d", i).isEqualTo(parts[i]);
        }
        try (var left = Files.list(dir)) {
            assertThat(left).as("the three files handed over").hasSize(3);
        }

        // A part in memory cut off is never handed over; a part of unknown length never comes in memory.
        byte[] whole = body(true, parts[0], parts[1]);
        List<ArrivedInstance> got = new ArrayList<>();
        assertThatThrownBy(() -> MultipartRelated.readParts(
                        TYPE,
                        new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 50_000)),
                        dir,
                        l -> true,
                        got::add))
                .hasMessage("the multipart reply ended inside a part");
        assertThat(got).singleElement().satisfies(p -> assertThat(p.bytes()).isEqualTo(parts[0]));
        List<ArrivedInstance> unknown = new ArrayList<>();
        MultipartRelated.readParts(TYPE, new ByteArrayInputStream(body(false, parts[0])), dir, l -> true, unknown::add);
        assertThat(unknown)
                .singleElement()
                .satisfies(p -> assertThat(p.isInMemory()).isFalse());
    }
}
