package eu.eucaim.workstation.dicom.io;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.Tag;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.Value;
import eu.eucaim.workstation.dicom.ValueCodec;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes Part 10 files (PS3.10 7.1): 128-byte preamble, "DICM", File Meta in explicit VR little endian with
 * its group length, then the data set in explicit VR little endian (or implicit VR little endian when that is
 * the transfer syntax), sequences and items with defined lengths, encapsulated pixel data as an undefined
 * length OB of items. Values read from big endian files are swapped; group lengths of the data set are
 * dropped (they are retired and would be stale); odd values are padded with the VR's padding byte.
 */
public final class DicomWriter {

    /** Our implementation class UID: a UUID-derived UID (PS3.5 B.2), fixed for this product. */
    public static final String IMPLEMENTATION_CLASS_UID = "2.25.207405736716283911427346370416519873925";

    public static final String IMPLEMENTATION_VERSION_NAME = "EUCAIM_WS_01";

    private DicomWriter() {}

    public static void write(Path file, Dataset ds, String transferSyntaxUid) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(out, ds, transferSyntaxUid);
        }
    }

    public static void write(OutputStream out, Dataset ds, String transferSyntaxUid) throws IOException {
        TransferSyntax ts = TransferSyntax.of(transferSyntaxUid);
        if (ts.bigEndian() || ts.deflated()) {
            throw new IllegalArgumentException("writing " + transferSyntaxUid + " is not supported: use "
                    + TransferSyntax.EXPLICIT_VR_LE_UID + ", " + TransferSyntax.IMPLICIT_VR_LE_UID
                    + " or an encapsulated transfer syntax");
        }
        out.write(new byte[128]);
        out.write("DICM".getBytes(StandardCharsets.US_ASCII));
        out.write(fileMeta(ds, transferSyntaxUid));
        out.write(encode(ds, ts.explicitVR()));
    }

    private static byte[] fileMeta(Dataset ds, String tsUid) throws IOException {
        Dataset meta = new Dataset();
        meta.put(Tags.FileMetaInformationVersion, VR.OB, new byte[] {0, 1});
        meta.put(Tags.MediaStorageSOPClassUID, VR.UI, ds.getString(Tags.SOPClassUID, ""));
        meta.put(Tags.MediaStorageSOPInstanceUID, VR.UI, ds.getString(Tags.SOPInstanceUID, ""));
        meta.put(Tags.TransferSyntaxUID, VR.UI, tsUid);
        meta.put(Tags.ImplementationClassUID, VR.UI, IMPLEMENTATION_CLASS_UID);
        meta.put(Tags.ImplementationVersionName, VR.SH, IMPLEMENTATION_VERSION_NAME);
        byte[] body = encode(meta, true);
        Dataset length = new Dataset();
        length.put(Tags.FileMetaInformationGroupLength, VR.UL, body.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 12);
        out.write(encode(length, true));
        out.write(body);
        return out.toByteArray();
    }

    /** The data set's elements, in order, as bytes. */
    static byte[] encode(Dataset ds, boolean explicit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        for (Element e : ds.elements()) {
            if ((e.tag() & 0xFFFF) == 0 && e.tag() != Tags.FileMetaInformationGroupLength) {
                continue;
            }
            writeElement(out, ds, e, explicit);
        }
        return out.toByteArray();
    }

    private static void writeElement(ByteArrayOutputStream out, Dataset ds, Element e, boolean explicit)
            throws IOException {
        Value v = e.value();
        if (v instanceof Value.Fragments f) {
            header(out, e.tag(), e.vr() == VR.OW ? VR.OW : VR.OB, 0xFFFFFFFFL, explicit);
            item(out, Tag.ITEM, f.offsetTable().bytes());
            for (Value.Chunk c : f.fragments()) {
                item(out, Tag.ITEM, pad(c.bytes(), (byte) 0));
            }
            item(out, Tag.SEQUENCE_DELIMITATION, new byte[0]);
            return;
        }
        if (v instanceof Value.Sequence s) {
            ByteArrayOutputStream items = new ByteArrayOutputStream();
            for (Dataset item : s.items()) {
                item(items, Tag.ITEM, encode(item, explicit));
            }
            header(out, e.tag(), VR.SQ, items.size(), explicit);
            items.writeTo(out);
            return;
        }
        byte[] value = pad(valueBytes(ds, e), e.vr().padding());
        if (explicit && !e.vr().longHeader() && value.length > 0xFFFF) {
            throw new IllegalArgumentException(Tag.toString(e.tag()) + ": " + value.length
                    + " bytes do not fit the 16-bit length of VR " + e.vr());
        }
        header(out, e.tag(), e.vr(), value.length, explicit);
        out.write(value);
    }

    private static byte[] valueBytes(Dataset ds, Element e) {
        Value v = e.value();
        byte[] raw;
        if (v instanceof Value.Text t) {
            String joined = String.join("\\", t.values());
            raw = e.vr() == VR.UI
                            || e.vr() == VR.CS
                            || e.vr() == VR.DS
                            || e.vr() == VR.IS
                            || e.vr() == VR.DA
                            || e.vr() == VR.TM
                            || e.vr() == VR.DT
                            || e.vr() == VR.AS
                            || e.vr() == VR.AE
                    ? joined.getBytes(StandardCharsets.US_ASCII)
                    : ds.charset().encode(joined);
            return raw;
        }
        raw = v instanceof Value.Bytes b ? b.data() : ((Value.Bulk) v).ref().read();
        return ds.byteOrder() == ByteOrder.BIG_ENDIAN ? ValueCodec.swap(raw, e.vr().swapUnit()) : raw;
    }

    private static byte[] pad(byte[] value, byte padding) {
        if ((value.length & 1) == 0) {
            return value;
        }
        byte[] out = java.util.Arrays.copyOf(value, value.length + 1);
        out[value.length] = padding;
        return out;
    }

    private static void item(ByteArrayOutputStream out, int tag, byte[] content) {
        tagBytes(out, tag);
        u32(out, content.length);
        out.writeBytes(content);
    }

    private static void header(ByteArrayOutputStream out, int tag, VR vr, long length, boolean explicit) {
        tagBytes(out, tag);
        if (!explicit) {
            u32(out, (int) length);
            return;
        }
        out.write(vr.name().charAt(0));
        out.write(vr.name().charAt(1));
        if (vr.longHeader()) {
            out.write(0);
            out.write(0);
            u32(out, (int) length);
        } else {
            out.write((int) length);
            out.write((int) (length >>> 8));
        }
    }

    private static void tagBytes(ByteArrayOutputStream out, int tag) {
        out.write(tag >>> 16);
        out.write(tag >>> 24);
        out.write(tag);
        out.write(tag >>> 8);
    }

    private static void u32(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }
}
