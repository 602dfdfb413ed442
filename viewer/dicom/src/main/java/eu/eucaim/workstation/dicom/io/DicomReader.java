package eu.eucaim.workstation.dicom.io;

import eu.eucaim.workstation.dicom.BulkDataRef;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.Tag;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.Value;
import eu.eucaim.workstation.dicom.charset.SpecificCharacterSet;
import eu.eucaim.workstation.dicom.dict.DataDictionary;
import eu.eucaim.workstation.dicom.dict.DictionaryEntry;
import eu.eucaim.workstation.dicom.dict.PrivateDictionary;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads DICOM Part 10 files (PS3.10 7), with or without preamble and File Meta, in implicit VR LE,
 * explicit VR LE/BE and deflated explicit VR LE.
 *
 * <p>Every length is checked against the bytes left in the enclosing item, sequence and file before
 * anything is allocated, so a corrupt or hostile file costs at most one pass over its bytes and fails
 * with a {@link DicomParseException}. Pixel data and values over the bulk-data threshold are not read:
 * they become {@link BulkDataRef}s into the file.
 */
public final class DicomReader {

    private static final long UNDEFINED = 0xFFFFFFFFL;
    /** A deflate stream expands at most about 1032:1; anything beyond is not a real data set. */
    private static final long MAX_INFLATED = 1L << 30;
    /** How much of a deflated data set a header read inflates first. */
    private static final long HEADER_INFLATE_LIMIT = 64 * 1024;

    private final ReadOptions options;

    public DicomReader() {
        this(ReadOptions.DEFAULT);
    }

    public DicomReader(ReadOptions options) {
        this.options = options;
    }

    public static DicomFile read(Path file) throws DicomParseException {
        return new DicomReader().readFile(file);
    }

    public static DicomFile readHeader(Path file) throws DicomParseException {
        return new DicomReader(ReadOptions.HEADER).readFile(file);
    }

    public DicomFile readFile(Path file) throws DicomParseException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(new DicomInput(file, ch));
        } catch (NoSuchFileException e) {
            throw new DicomParseException(file, 0, DicomParseException.NO_TAG, "no such file");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new DicomParseException(file, 0, DicomParseException.NO_TAG, "is a directory");
            }
            throw new DicomParseException(file, 0, DicomParseException.NO_TAG, "cannot read: " + e.getMessage(), e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Both are prevented by the length and depth checks; this is the last line of defence.
            throw new DicomParseException(file, 0, DicomParseException.NO_TAG, "too large to read: " + e);
        }
    }

    /** Parses a Part 10 file held in memory (e.g. from a zip entry or an HTTP response). */
    public DicomFile read(Path nameForMessages, byte[] data) throws DicomParseException {
        return read(new DicomInput(nameForMessages, data));
    }

    private DicomFile read(DicomInput in) throws DicomParseException {
        boolean preamble = skipPreamble(in);
        Dataset meta = new Dataset();
        readFileMeta(in, meta);
        String tsUid = meta.getString(Tags.TransferSyntaxUID);
        TransferSyntax ts = tsUid != null ? TransferSyntax.of(tsUid) : guess(in, preamble || !meta.isEmpty());
        if (ts.deflated() && stops()) {
            // A header read inflates only the start; if the data set goes on past it before the stop, read again.
            long afterMeta = in.position();
            Inflation.Inflated head = Inflation.inflate(in, MAX_INFLATED, HEADER_INFLATE_LIMIT);
            if (head.complete()) {
                return readDataSet(head.input(), meta, ts, preamble);
            }
            try {
                DicomFile f = readDataSet(head.input(), meta, ts, preamble);
                if (head.input().position() < head.input().length()) {
                    return f; // stopped at the stop tag inside what was inflated
                }
            } catch (DicomParseException e) {
                // ran out of inflated bytes: inflate everything below
            }
            in.seek(afterMeta);
        }
        if (ts.deflated()) {
            in = Inflation.inflate(in, MAX_INFLATED);
        }
        return readDataSet(in, meta, ts, preamble);
    }

    private boolean stops() {
        return options.stopBeforePixelData() || options.stopAtTag() != ReadOptions.NO_STOP_TAG;
    }

    private DicomFile readDataSet(DicomInput in, Dataset meta, TransferSyntax ts, boolean preamble)
            throws DicomParseException {
        in.bigEndian(ts.bigEndian());
        ts = checkExplicit(in, ts);
        Dataset ds = new Dataset(
                ts.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN, SpecificCharacterSet.DEFAULT);
        in.topLevelRead = 0;
        readItems(in, ds, in.length(), false, ts.explicitVR(), 0, true);
        return new DicomFile(in.file(), meta, ds, ts, preamble);
    }

    /**
     * Some writers declare explicit VR in the File Meta but write the data set in implicit VR (or the other
     * way round); pydicom tolerates this, so do we: the first element decides.
     */
    private static TransferSyntax checkExplicit(DicomInput in, TransferSyntax ts) throws DicomParseException {
        long p = in.position();
        if (in.remaining() < 8 || ts.bigEndian()) {
            return ts;
        }
        if (in.peek(p) == 0 && in.peek(p + 1) == 0 && VR.fromCode(in.peek(p + 4), in.peek(p + 5)) == null) {
            // A leading command-group element with a non-standard VR (read as dcmtk does, see readElement) does
            // not decide: the element after it does.
            p += 8 + (in.peek(p + 6) | (in.peek(p + 7) << 8));
            if (p + 8 > in.length()) {
                return ts;
            }
        }
        boolean explicit = VR.fromCode(in.peek(p + 4), in.peek(p + 5)) != null;
        if (explicit == ts.explicitVR()) {
            return ts;
        }
        return explicit ? TransferSyntax.EXPLICIT_VR_LE : TransferSyntax.IMPLICIT_VR_LE;
    }

    private static boolean skipPreamble(DicomInput in) throws DicomParseException {
        if (in.length() >= 132
                && in.peek(128) == 'D'
                && in.peek(129) == 'I'
                && in.peek(130) == 'C'
                && in.peek(131) == 'M') {
            in.seek(132);
            return true;
        }
        if (in.peek(0) == 'D' && in.peek(1) == 'I' && in.peek(2) == 'C' && in.peek(3) == 'M') {
            in.seek(4); // no preamble but the prefix: seen in the wild, accepted by dcmtk too
            return true;
        }
        return false;
    }

    /** Group 0002 is always explicit VR LE (PS3.10 7.1); some writers get it wrong, so the VR is checked. */
    private void readFileMeta(DicomInput in, Dataset meta) throws DicomParseException {
        in.bigEndian(false);
        while (in.remaining() >= 8 && in.peek(in.position()) == 0x02 && in.peek(in.position() + 1) == 0x00) {
            boolean explicit = VR.fromCode(in.peek(in.position() + 4), in.peek(in.position() + 5)) != null;
            readElement(in, meta, in.length(), explicit, 0, false);
        }
    }

    /**
     * Guesses the encoding of a data set without a Transfer Syntax UID by looking at its first element:
     * a byte-swapped small group means big endian; two letters forming a VR mean explicit VR.
     */
    private static TransferSyntax guess(DicomInput in, boolean knownDicom) throws DicomParseException {
        long p = in.position();
        if (in.remaining() < 8) {
            throw in.error(p, "not a DICOM file: " + in.length() + " bytes, no DICOM header");
        }
        int groupLE = in.peek(p) | (in.peek(p + 1) << 8);
        int groupBE = (in.peek(p) << 8) | in.peek(p + 1);
        boolean explicit = VR.fromCode(in.peek(p + 4), in.peek(p + 5)) != null;
        boolean bigEndian = groupLE > 0xFF && groupBE <= 0xFF;
        int group = bigEndian ? groupBE : groupLE;
        // Without "DICM", accept only what a data set starts with: a small even group (0002-0028).
        if (!knownDicom && (group < 0x0002 || group > 0x0028 || (group & 1) != 0)) {
            throw in.error(p, "not a DICOM file: no preamble, no File Meta and no plausible first element");
        }
        if (bigEndian && explicit) {
            return TransferSyntax.EXPLICIT_VR_BE;
        }
        return explicit ? TransferSyntax.EXPLICIT_VR_LE : TransferSyntax.IMPLICIT_VR_LE;
    }

    /**
     * Reads elements into {@code ds} until {@code end}, or — for an item of undefined length — until the
     * item delimiter.
     */
    private void readItems(
            DicomInput in, Dataset ds, long end, boolean untilDelimiter, boolean explicit, int depth, boolean topLevel)
            throws DicomParseException {
        boolean stopping = options.stopBeforePixelData() || options.stopAtTag() != ReadOptions.NO_STOP_TAG;
        while (in.position() < end) {
            if (topLevel && stopping && end - in.position() >= 4) {
                long p = in.position();
                int tag = in.tag();
                in.seek(p);
                if (Integer.compareUnsigned(tag, options.stopAtTag()) >= 0
                        || options.stopBeforePixelData()
                                && Integer.compareUnsigned(tag, Tags.PixelData) >= 0
                                && tag != Tags.DataSetTrailingPadding) {
                    return;
                }
            }
            if (readElement(in, ds, end, explicit, depth, topLevel && options.onlyTags() != null)) {
                return;
            }
        }
        if (untilDelimiter) {
            throw in.error("item of undefined length has no item delimiter (FFFE,E00D) before the end at " + end);
        }
    }

    /**
     * Reads one element; returns true when it was the item delimiter ending the current item. With
     * {@code filtering}, an element {@link ReadOptions#keeps} does not want is stepped over unstored.
     */
    private boolean readElement(DicomInput in, Dataset ds, long end, boolean explicit, int depth, boolean filtering)
            throws DicomParseException {
        long start = in.position();
        in.currentTag = DicomParseException.NO_TAG;
        if (end - start < 8) {
            throw in.error("truncated element header: " + (end - start) + " bytes left");
        }
        int tag = in.tag();
        in.currentTag = tag;
        if (tag == 0 && depth == 0 && in.topLevelRead > 0 && in.u32() == 0) {
            // Zero bytes after the data set: padding some writers leave (dcmtk stops there as well).
            in.seek(end);
            return true;
        }
        if (tag == Tag.ITEM_DELIMITATION) {
            in.u32();
            return true;
        }
        if ((tag >>> 16) == 0xFFFE) {
            throw in.error(start, "unexpected " + Tag.toString(tag) + " outside a sequence");
        }
        VR vr;
        long length;
        if (explicit) {
            int b0 = in.u8();
            int b1 = in.u8();
            vr = VR.fromCode(b0, b1);
            if (vr == null && (tag >>> 16) == 0) {
                // A command-group element in a data set with a non-standard VR (seen as an empty (0000,0000) whose
                // VR bytes are zero, first in the data set): dcmtk assumes a 2-byte length and reads on, and
                // pydicom too. It has no place in a data set, so it is stepped over, as dcm2json leaves it out.
                long skipped = in.u16();
                checkFits(in, start, skipped, end);
                in.skip(skipped);
                return false;
            }
            if (vr == null) {
                throw in.error(start + 4, "invalid VR " + printable(b0) + printable(b1));
            }
            if (vr.longHeader()) {
                if (end - in.position() < 6) {
                    throw in.error("truncated element header");
                }
                in.skip(2);
                length = Integer.toUnsignedLong(in.u32());
            } else {
                length = in.u16();
            }
        } else {
            length = Integer.toUnsignedLong(in.u32());
            vr = null; // looked up below, unless the element is stepped over
        }
        if (depth == 0) {
            in.topLevelRead++;
        }
        if (filtering && length != UNDEFINED && !options.keeps(tag)) {
            checkFits(in, start, length, end);
            in.skip(length); // a defined length: nothing inside needs parsing to find the next element
            return false;
        }
        if (vr == null) {
            vr = implicitVR(ds, tag);
        }
        Element e = readValue(in, ds, start, tag, vr, length, end, explicit, depth);
        if (filtering && !options.keeps(tag)) {
            return false; // undefined length: parsed only to find its end
        }
        if (!ds.contains(tag)) {
            ds.put(e);
        }
        // else: the same tag twice in one data set (invalid, seen in pydicom's winter.dcm palette). dcmtk, and so
        // dcm2json, keeps the first and ignores the second; we do the same rather than refuse the file.
        return false;
    }

    private VR implicitVR(Dataset ds, int tag) {
        if (Tag.isPrivate(tag)) {
            if ((tag & 0xFFFF) == 0) {
                return VR.UL;
            }
            if (Tag.isPrivateCreator(tag)) {
                return VR.LO;
            }
            // Dictionaries load on first use: an explicit VR header scan may never need them.
            DictionaryEntry e = PrivateDictionary.get().lookup(ds.privateCreator(tag), tag);
            return e == null ? VR.UN : implicitChoice(ds, e);
        }
        if ((tag & 0xFFFF) == 0) {
            return VR.UL;
        }
        DictionaryEntry e = DataDictionary.get().lookup(tag);
        return e == null ? VR.UN : implicitChoice(ds, e);
    }

    /**
     * Resolves dictionary VR choices as dcmtk does: "OB or OW" is OW in implicit VR (PS3.5 A.1 c);
     * "US or SS" follows Pixel Representation (SS when it is 1); otherwise the first VR.
     */
    private static VR implicitChoice(Dataset ds, DictionaryEntry e) {
        if (!e.ambiguousVR()) {
            return e.vr();
        }
        String vrs = e.vrs();
        if (vrs.startsWith("US or SS")) {
            return ds.getInt(Tags.PixelRepresentation, 0) == 1 ? VR.SS : VR.US;
        }
        if (vrs.contains("OW")) {
            return vrs.startsWith("US") ? VR.US : VR.OW;
        }
        return e.vr();
    }

    /** Reads the value of the element whose header started at {@code start} (the offset errors report). */
    private Element readValue(
            DicomInput in, Dataset ds, long start, int tag, VR vr, long length, long end, boolean explicit, int depth)
            throws DicomParseException {
        long valueStart = in.position();
        if (length == UNDEFINED) {
            if (vr == VR.SQ) {
                return new Element(tag, VR.SQ, readSequence(in, ds, UNDEFINED, end, explicit, depth));
            }
            if (vr == VR.UN || !explicit && vr != VR.OB && vr != VR.OW) {
                // CP-246: a UN (or unknown implicit) element of undefined length is a sequence in implicit VR LE.
                boolean wasBig = in.bigEndian();
                in.bigEndian(false);
                Value.Sequence seq = readSequence(in, ds, UNDEFINED, end, false, depth);
                in.bigEndian(wasBig);
                return new Element(tag, VR.SQ, seq);
            }
            if (tag == Tags.PixelData || tag == Tags.FloatPixelData || tag == Tags.DoubleFloatPixelData) {
                return new Element(tag, vr, readFragments(in, end));
            }
            throw in.error(start, "undefined length is not allowed for VR " + vr);
        }
        checkFits(in, start, length, end);
        if (vr == VR.SQ) {
            return new Element(tag, VR.SQ, readSequence(in, ds, length, end, explicit, depth));
        }
        if (vr == VR.UN && (tag & 0xFFFF) != 0) {
            // An element the writer did not know: re-read with the dictionary VR (its value is implicit VR LE).
            VR real = implicitVR(ds, tag);
            if (real != VR.UN) {
                if (real == VR.SQ) {
                    boolean wasBig = in.bigEndian();
                    in.bigEndian(false);
                    Value.Sequence seq = readSequence(in, ds, length, end, false, depth);
                    in.bigEndian(wasBig);
                    return new Element(tag, VR.SQ, seq);
                }
                vr = real;
            }
        }
        boolean pixels = tag == Tags.PixelData || tag == Tags.FloatPixelData || tag == Tags.DoubleFloatPixelData;
        if (in.isFile() && (pixels || length >= options.bulkDataThreshold()) && vr != VR.SQ) {
            in.skip(length);
            return new Element(tag, vr, new Value.Bulk(new BulkDataRef(in.file(), valueStart, length)));
        }
        return new Element(tag, vr, new Value.Bytes(in.bytes((int) length)));
    }

    private static void checkFits(DicomInput in, long start, long length, long end) throws DicomParseException {
        long left = end - in.position();
        if (length > left) {
            throw in.error(
                    start,
                    "value length " + length + " exceeds the " + left + " bytes left"
                            + (end < in.length() ? " in the enclosing item" : " in the file"));
        }
    }

    private Value.Sequence readSequence(
            DicomInput in, Dataset parent, long length, long end, boolean explicit, int depth)
            throws DicomParseException {
        if (depth + 1 > options.maxDepth()) {
            throw in.error("sequences nested deeper than " + options.maxDepth() + " levels");
        }
        int seqTag = in.currentTag;
        boolean undefined = length == UNDEFINED;
        long seqEnd = undefined ? end : in.position() + length;
        List<Dataset> items = new ArrayList<>();
        while (undefined || in.position() < seqEnd) {
            long itemStart = in.position();
            if (seqEnd - itemStart < 8) {
                throw in.error(
                        undefined
                                ? "sequence of undefined length has no sequence delimiter (FFFE,E0DD)"
                                : "truncated item header: " + (seqEnd - itemStart) + " bytes left in the sequence");
            }
            int itemTag = in.tag();
            long itemLength = Integer.toUnsignedLong(in.u32());
            if (itemTag == Tag.SEQUENCE_DELIMITATION) {
                if (undefined) {
                    break;
                }
                continue; // a stray delimiter inside a defined-length sequence: harmless, dcmtk skips it too
            }
            if (itemTag != Tag.ITEM) {
                throw in.error(
                        itemStart, "expected an item (FFFE,E000) in the sequence, found " + Tag.toString(itemTag));
            }
            Dataset item = parent.newItem();
            if (itemLength == UNDEFINED) {
                readItems(in, item, seqEnd, true, explicit, depth + 1, false);
            } else {
                // Bounded by the enclosing end, not by the sequence's own length: a sequence or last item
                // length a few bytes too long (seen in DICOMDIRs) is tolerated by dcmtk; the item's elements
                // must still fit in what is there.
                long itemEnd = Math.min(in.position() + itemLength, end);
                readItems(in, item, itemEnd, false, explicit, depth + 1, false);
            }
            in.currentTag = seqTag;
            items.add(item);
        }
        return new Value.Sequence(List.copyOf(items));
    }

    /** Encapsulated pixel data (PS3.5 A.4): an offset table item, fragment items, a sequence delimiter. */
    private Value.Fragments readFragments(DicomInput in, long end) throws DicomParseException {
        Value.Chunk table = null;
        List<Value.Chunk> fragments = new ArrayList<>();
        while (true) {
            long itemStart = in.position();
            if (end - itemStart < 8) {
                throw in.error("encapsulated pixel data has no sequence delimiter (FFFE,E0DD)");
            }
            int itemTag = in.tag();
            long len = Integer.toUnsignedLong(in.u32());
            if (itemTag == Tag.SEQUENCE_DELIMITATION) {
                break;
            }
            if (itemTag != Tag.ITEM) {
                throw in.error(itemStart, "expected a fragment item (FFFE,E000), found " + Tag.toString(itemTag));
            }
            if (len > end - in.position()) {
                throw in.error(
                        itemStart, "fragment length " + len + " exceeds the " + (end - in.position()) + " bytes left");
            }
            Value.Chunk chunk;
            if (in.isFile()) {
                chunk = new Value.InFile(new BulkDataRef(in.file(), in.position(), len));
                in.skip(len);
            } else {
                chunk = new Value.InMemory(in.bytes((int) len));
            }
            if (table == null) {
                table = chunk;
            } else {
                fragments.add(chunk);
            }
        }
        return new Value.Fragments(table == null ? new Value.InMemory(new byte[0]) : table, fragments);
    }

    private static String printable(int b) {
        return b >= 0x20 && b < 0x7F
                ? String.valueOf((char) b)
                : "\\x" + Integer.toHexString(b | 0x100).substring(1);
    }
}
