package eu.eucaim.workstation.dicom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of one frame, read from the file only when asked (never during header parsing).
 *
 * <p>Native pixel data: frame {@code i} is the i-th {@code frameBits/8} bytes of the value, in
 * {@link #byteOrder()}. For BitsAllocated 1, frames are packed without padding: the returned bytes are the
 * ones containing the frame, starting at bit {@code (i * frameBits) % 8} of the first byte.
 *
 * <p>Encapsulated pixel data (PS3.5 A.4): a frame is one or more fragments, found by, in order:
 * <ol>
 * <li>the Extended Offset Table (7FE0,0001) with its lengths (7FE0,0002);</li>
 * <li>the Basic Offset Table (the first item) when it has one entry per frame: frame i is the fragments whose
 *     item starts at or after offset i and before offset i+1 (offsets count from the first fragment's item tag);
 *     a table with another number of entries is wrong and ignored;</li>
 * <li>with no table: one fragment per frame when there are as many fragments as frames; all fragments when
 *     there is one frame; otherwise a new frame at each fragment that starts with a JPEG SOI (FFD8) or a
 *     JPEG 2000 codestream marker (FF4F), if that gives exactly the number of frames (fragments before the
 *     first such marker are dropped: seen in GDCM's 00191113.dcm, whose table is wrong too). Anything else is
 *     reported as an error rather than guessed.</li>
 * </ol>
 */
public final class PixelDataAccess {

    private final int numberOfFrames;
    private final long frameBits;
    private final TransferSyntax transferSyntax;
    private final ByteOrder byteOrder;
    private final Value value;
    private final List<List<Value.Chunk>> frames;

    private PixelDataAccess(
            int numberOfFrames,
            long frameBits,
            TransferSyntax ts,
            ByteOrder order,
            Value value,
            List<List<Value.Chunk>> frames) {
        this.numberOfFrames = numberOfFrames;
        this.frameBits = frameBits;
        this.transferSyntax = ts;
        this.byteOrder = order;
        this.value = value;
        this.frames = frames;
    }

    /** Null when the data set has no pixel data. */
    public static PixelDataAccess of(DicomFile file) {
        Dataset ds = file.dataset();
        Element pixels = ds.get(Tags.PixelData);
        if (pixels == null) {
            return null;
        }
        int numberOfFrames;
        try {
            numberOfFrames = FrameCount.of(ds, file.file());
        } catch (DicomParseException e) {
            throw new IllegalStateException(e.problem(), e); // the caller names the file
        }
        List<List<Value.Chunk>> frames = null;
        if (pixels.value() instanceof Value.Fragments f) {
            frames = FrameTable.split(f, numberOfFrames, ds);
        }
        return new PixelDataAccess(
                numberOfFrames, nativeFrameBits(ds), file.transferSyntax(), ds.byteOrder(), pixels.value(), frames);
    }

    /**
     * Bits of one native frame, unchecked (the decoder's {@code PixelFormat} validates the attributes):
     * YBR_FULL_422 stores two samples per pixel (PS3.3 C.7.6.3.1.2); 1-bit frames are not byte aligned
     * (PS3.5 8.1.1).
     */
    private static long nativeFrameBits(Dataset ds) {
        int samples = "YBR_FULL_422".equals(ds.getString(Tags.PhotometricInterpretation))
                ? 2
                : ds.getInt(Tags.SamplesPerPixel, 1);
        return (long) ds.getInt(Tags.Rows, 0) * ds.getInt(Tags.Columns, 0) * samples * ds.getInt(Tags.BitsAllocated, 0);
    }

    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }

    public boolean encapsulated() {
        return frames != null;
    }

    /** Byte order of native pixel data (big endian only for explicit VR big endian files). */
    public ByteOrder byteOrder() {
        return byteOrder;
    }

    public int frameCount() {
        return frames != null ? frames.size() : numberOfFrames;
    }

    /** The bytes of a frame (0-based): native samples, or the joined fragments of a compressed frame. */
    public byte[] frameBytes(int frame) {
        checkIndex(frame);
        if (frames != null) {
            return join(frames.get(frame));
        }
        long start = nativeStart(frame);
        long end = nativeEnd(frame);
        if (value instanceof Value.Bytes b) {
            return java.util.Arrays.copyOfRange(b.data(), (int) start, (int) end);
        }
        BulkDataRef ref = ((Value.Bulk) value).ref();
        return new BulkDataRef(ref.file(), ref.offset() + start, end - start).read();
    }

    /**
     * The bytes of a native frame (0-based) as a buffer in {@link #byteOrder()} holding exactly them (as
     * {@link #frameBytes}), without a byte[] per frame: a view of pixel data held in memory, or the frame read from
     * its file into this thread's reused direct buffer, valid until the thread's next call. Decoding copies the
     * samples out at once, so each frame allocates only its sample array: half the garbage of
     * {@code frameBytes} plus a copy, which on a slow-to-touch heap is what opening a series costs.
     */
    public ByteBuffer nativeFrame(int frame) {
        checkIndex(frame);
        if (frames != null) {
            throw new IllegalStateException("pixel data is encapsulated (" + transferSyntax + "), not native");
        }
        long start = nativeStart(frame);
        int length = (int) (nativeEnd(frame) - start);
        if (value instanceof Value.Bytes b) {
            return ByteBuffer.wrap(b.data(), (int) start, length).slice().order(byteOrder);
        }
        BulkDataRef ref = ((Value.Bulk) value).ref();
        ByteBuffer buf = FrameBuffer.take(length);
        try (FileChannel ch = FileChannel.open(ref.file(), StandardOpenOption.READ)) {
            BulkDataRef.readFully(ch, ref.offset() + start, buf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.flip().order(byteOrder);
    }

    private void checkIndex(int frame) {
        if (frame < 0 || frame >= frameCount()) {
            throw new IndexOutOfBoundsException("frame " + frame + " of " + frameCount());
        }
    }

    private long nativeStart(int frame) {
        return frame * frameBits / 8;
    }

    /** Where a native frame's bytes end (exclusive), checked against the value's length. */
    private long nativeEnd(int frame) {
        long end = ((frame + 1) * frameBits + 7) / 8;
        if (value instanceof Value.Bytes b && end > b.data().length) {
            throw new IllegalStateException(
                    "pixel data holds " + b.data().length + " bytes, frame " + frame + " ends at " + end);
        }
        if (value instanceof Value.Bulk bulk && end > bulk.ref().length()) {
            throw new IllegalStateException(bulk.ref().file() + ": pixel data holds "
                    + bulk.ref().length() + " bytes, frame " + frame + " ends at " + end);
        }
        return end;
    }

    /**
     * One direct buffer per thread for native frames, grown to the largest frame read (as the JDK's own
     * temporary buffer for a channel read into a heap array would be); frames over 64 MiB get a one-off buffer.
     */
    private static final class FrameBuffer {
        private static final int REUSED_UP_TO = 64 << 20;
        private static final ThreadLocal<ByteBuffer> BUFFER = new ThreadLocal<>();

        private FrameBuffer() {}

        static ByteBuffer take(int length) {
            if (length > REUSED_UP_TO) {
                return ByteBuffer.allocate(length);
            }
            ByteBuffer b = BUFFER.get();
            if (b == null || b.capacity() < length) {
                b = ByteBuffer.allocateDirect(length);
                BUFFER.set(b);
            }
            return b.clear().limit(length);
        }
    }

    private static byte[] join(List<Value.Chunk> chunks) {
        if (chunks.size() == 1) {
            return chunks.get(0).bytes();
        }
        long total = 0;
        for (Value.Chunk c : chunks) {
            total += c.length();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("frame of " + total + " bytes is too large");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total);
        FileChannel ch = null;
        try {
            for (Value.Chunk c : chunks) {
                if (c instanceof Value.InFile f) {
                    if (ch == null) {
                        ch = FileChannel.open(f.ref().file(), StandardOpenOption.READ);
                    }
                    out.put(BulkDataRef.read(ch, f.ref().offset(), (int) f.length()));
                } else {
                    out.put(c.bytes());
                }
            }
            return out.array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // read-only channel: nothing to lose
                }
            }
        }
    }

    /** Maps fragments to frames (the rules in the class comment). */
    static final class FrameTable {
        private FrameTable() {}

        static List<List<Value.Chunk>> split(Value.Fragments f, int frameCount, Dataset ds) {
            List<Value.Chunk> frags = f.fragments();
            long[] itemOffsets = new long[frags.size()];
            long at = 0;
            for (int i = 0; i < frags.size(); i++) {
                itemOffsets[i] = at;
                at += 8 + frags.get(i).length();
            }
            long[] table = extendedOffsets(ds);
            if (table == null && f.offsetTable().length() >= 4) {
                byte[] bot = f.offsetTable().bytes();
                ByteBuffer bb = ByteBuffer.wrap(bot).order(ByteOrder.LITTLE_ENDIAN);
                table = new long[bot.length / 4];
                for (int i = 0; i < table.length; i++) {
                    table[i] = Integer.toUnsignedLong(bb.getInt(i * 4));
                }
            }
            if (table != null && table.length == frameCount) {
                return byOffsets(frags, itemOffsets, table);
            }
            if (frags.size() == frameCount) {
                List<List<Value.Chunk>> out = new ArrayList<>();
                frags.forEach(c -> out.add(List.of(c)));
                return out;
            }
            if (frameCount == 1) {
                return List.of(frags);
            }
            List<List<Value.Chunk>> byMarker = byStartMarkers(frags);
            if (byMarker.size() == frameCount) {
                return byMarker;
            }
            throw new IllegalStateException(frags.size() + " fragments, " + frameCount
                    + " frames and no offset table: cannot tell where frames start");
        }

        private static List<List<Value.Chunk>> byOffsets(List<Value.Chunk> frags, long[] itemOffsets, long[] table) {
            List<List<Value.Chunk>> out = new ArrayList<>(table.length);
            for (int i = 0; i < table.length; i++) {
                long from = table[i];
                long to = i + 1 < table.length ? table[i + 1] : Long.MAX_VALUE;
                List<Value.Chunk> frame = new ArrayList<>(1);
                for (int k = 0; k < frags.size(); k++) {
                    if (itemOffsets[k] >= from && itemOffsets[k] < to) {
                        frame.add(frags.get(k));
                    }
                }
                if (frame.isEmpty()) {
                    throw new IllegalStateException(
                            "offset table entry " + i + " (" + from + ") points at no fragment");
                }
                out.add(frame);
            }
            return out;
        }

        private static List<List<Value.Chunk>> byStartMarkers(List<Value.Chunk> frags) {
            List<List<Value.Chunk>> out = new ArrayList<>();
            for (Value.Chunk c : frags) {
                byte[] head = c instanceof Value.InFile f
                        ? new BulkDataRef(f.ref().file(), f.ref().offset(), Math.min(2, f.length())).read()
                        : c.bytes();
                boolean start = head.length >= 2
                        && (head[0] & 0xFF) == 0xFF
                        && ((head[1] & 0xFF) == 0xD8 || (head[1] & 0xFF) == 0x4F);
                if (start) {
                    out.add(new ArrayList<>());
                }
                if (!out.isEmpty()) {
                    out.get(out.size() - 1).add(c); // fragments before the first marker are not image data
                }
            }
            return out;
        }

        /** (7FE0,0001) OV offsets; null when absent. */
        private static long[] extendedOffsets(Dataset ds) {
            Element e = ds.get(Tags.ExtendedOffsetTable);
            if (e == null) {
                return null;
            }
            byte[] data = e.value() instanceof Value.Bytes b
                    ? b.data()
                    : e.value() instanceof Value.Bulk b ? b.ref().read() : new byte[0];
            ByteBuffer bb = ByteBuffer.wrap(data).order(ds.byteOrder());
            long[] out = new long[data.length / 8];
            for (int i = 0; i < out.length; i++) {
                out[i] = bb.getLong(i * 8);
            }
            return out.length == 0 ? null : out;
        }
    }
}
