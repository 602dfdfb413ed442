package eu.eucaim.workstation.dicom.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import eu.eucaim.workstation.dicom.BulkDataRef;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.Tag;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.Value;
import eu.eucaim.workstation.dicom.ValueCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteOrder;

/**
 * Writes the DICOM JSON model (PS3.18 F.2) with Jackson's streaming generator, in the shape dcmtk's
 * dcm2json gives: upper-case tag keys; no "Value" for empty elements; null for empty values of a
 * multi-valued string; IS/DS as JSON numbers in the text the file has; binary values as InlineBinary in
 * little endian; person names as component groups.
 */
public final class DicomJsonWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final BulkDataMode bulkDataMode;
    private final boolean pretty;

    public DicomJsonWriter(BulkDataMode bulkDataMode, boolean pretty) {
        this.bulkDataMode = bulkDataMode;
        this.pretty = pretty;
    }

    public void write(Dataset ds, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            write(g, ds);
        }
    }

    public void write(JsonGenerator g, Dataset ds) throws IOException {
        write(g, ds, true);
    }

    private void write(JsonGenerator g, Dataset ds, boolean topLevel) throws IOException {
        g.writeStartObject();
        for (Element e : ds.elements()) {
            if ((e.tag() & 0xFFFF) == 0) {
                continue; // group lengths are not part of the JSON model (PS3.18 F.2.1)
            }
            g.writeFieldName(Tag.toHex(e.tag()));
            writeElement(g, ds, e, topLevel);
        }
        g.writeEndObject();
    }

    private void writeElement(JsonGenerator g, Dataset ds, Element e, boolean topLevel) throws IOException {
        g.writeStartObject();
        VR vr = e.vr();
        g.writeStringField("vr", vr.name());
        Value v = e.value();
        if (v instanceof Value.Sequence s) {
            if (!s.items().isEmpty()) {
                g.writeArrayFieldStart("Value");
                for (Dataset item : s.items()) {
                    write(g, item, false);
                }
                g.writeEndArray();
            }
        } else if (v instanceof Value.Bulk b) {
            writeBulk(g, b.ref(), vr, ds.byteOrder());
        } else if (v instanceof Value.Fragments f) {
            writeFragments(g, f);
        } else if (topLevel && e.tag() == Tags.SpecificCharacterSet) {
            // JSON text is Unicode: the strings written are UTF-8, whatever the file used (as dcm2json).
            g.writeArrayFieldStart("Value");
            g.writeString("ISO_IR 192");
            g.writeEndArray();
        } else if (!e.isEmpty() && !(bulkDataMode == BulkDataMode.OMIT && isPixelData(e.tag()))) {
            // Pixel data held in memory (deflated files) has no file range: inline unless omitted.
            writeValue(g, ds, e);
        }
        g.writeEndObject();
    }

    private void writeBulk(JsonGenerator g, BulkDataRef ref, VR vr, ByteOrder order) throws IOException {
        switch (bulkDataMode) {
            case INLINE -> {
                if (ref.length() > 0) {
                    g.writeFieldName("InlineBinary");
                    g.writeBinary(littleEndian(ref.read(), vr, order));
                }
            }
            case URI -> g.writeStringField("BulkDataURI", uri(ref));
            case OMIT -> {
                // only the VR
            }
        }
    }

    private void writeFragments(JsonGenerator g, Value.Fragments f) throws IOException {
        if (bulkDataMode == BulkDataMode.OMIT || f.fragments().isEmpty()) {
            return;
        }
        Value.Chunk first = f.fragments().get(0);
        if (bulkDataMode == BulkDataMode.URI
                && f.offsetTable() instanceof Value.InFile table
                && first instanceof Value.InFile) {
            Value.Chunk last = f.fragments().get(f.fragments().size() - 1);
            long start = table.ref().offset() - 8;
            long end = ((Value.InFile) last).ref().offset() + last.length() + 8;
            g.writeStringField("BulkDataURI", uri(new BulkDataRef(table.ref().file(), start, end - start)));
        }
        // INLINE: PS3.18 has no inline form of fragments; like dcm2json we cannot inline compressed data.
    }

    private static boolean isPixelData(int tag) {
        return tag == Tags.PixelData || tag == Tags.FloatPixelData || tag == Tags.DoubleFloatPixelData;
    }

    /** {@code file:///path?offset=N&length=M}: the whole value's byte range in the file. */
    public static String uri(BulkDataRef ref) {
        return ref.file().toAbsolutePath().toUri() + "?offset=" + ref.offset() + "&length=" + ref.length();
    }

    /** Inline binary is little endian and of even length (odd values get the zero pad a writer adds). */
    private static byte[] littleEndian(byte[] data, VR vr, ByteOrder order) {
        byte[] le = order == ByteOrder.BIG_ENDIAN ? ValueCodec.swap(data, vr.swapUnit()) : data;
        return (le.length & 1) == 0 ? le : java.util.Arrays.copyOf(le, le.length + 1);
    }

    private static void writeValue(JsonGenerator g, Dataset ds, Element e) throws IOException {
        VR vr = e.vr();
        switch (vr.kind()) {
            case BINARY -> {
                g.writeFieldName("InlineBinary");
                g.writeBinary(littleEndian(((Value.Bytes) e.value()).data(), vr, ds.byteOrder()));
            }
            case PERSON_NAME -> writePersonNames(g, personNames(ds.getStrings(e.tag())));
            case DECIMAL_STRING, INTEGER_STRING -> {
                String[] v = ds.getStrings(e.tag());
                if (!allEmpty(v)) {
                    writeNumberStrings(g, v);
                }
            }
            case STRING, TEXT, TAG -> {
                String[] v = ds.getStrings(e.tag());
                if (!allEmpty(v)) {
                    writeStrings(g, v);
                }
            }
            default -> writeBinaryNumbers(g, ds, e);
        }
    }

    private static void writeStrings(JsonGenerator g, String[] values) throws IOException {
        g.writeArrayFieldStart("Value");
        for (String s : values) {
            if (s.isEmpty()) {
                g.writeNull();
            } else {
                g.writeString(s);
            }
        }
        g.writeEndArray();
    }

    private static void writeNumberStrings(JsonGenerator g, String[] values) throws IOException {
        g.writeArrayFieldStart("Value");
        for (String s : values) {
            if (s.isEmpty()) {
                g.writeNull();
            } else {
                String json = JsonNumbers.normalize(s);
                if (json != null) {
                    g.writeNumber(json);
                } else {
                    g.writeString(s); // not a number: keep the text rather than lose it
                }
            }
        }
        g.writeEndArray();
    }

    /** A value that is only padding (all components empty) counts as no value, as in dcm2json. */
    private static boolean allEmpty(String[] values) {
        for (String s : values) {
            if (!s.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Drops empty trailing components ("^^") and groups ("=="), which carry no name (PS3.5 6.2.1). */
    private static String[] personNames(String[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String[] groups = values[i].split("=", -1);
            StringBuilder sb = new StringBuilder(values[i].length());
            int keep = 0;
            for (int k = 0; k < groups.length; k++) {
                String grp = groups[k];
                int end = grp.length();
                while (end > 0 && (grp.charAt(end - 1) == '^' || grp.charAt(end - 1) == ' ')) {
                    end--;
                }
                groups[k] = grp.substring(0, end);
                if (end > 0) {
                    keep = k + 1;
                }
            }
            for (int k = 0; k < keep; k++) {
                if (k > 0) {
                    sb.append('=');
                }
                sb.append(groups[k]);
            }
            out[i] = sb.toString();
        }
        return out;
    }

    private static void writePersonNames(JsonGenerator g, String[] values) throws IOException {
        if (allEmpty(values)) {
            return;
        }
        g.writeArrayFieldStart("Value");
        for (String s : values) {
            if (s.isEmpty()) {
                g.writeNull();
                continue;
            }
            String[] groups = s.split("=", -1);
            g.writeStartObject();
            String[] names = {"Alphabetic", "Ideographic", "Phonetic"};
            for (int i = 0; i < groups.length && i < 3; i++) {
                if (!groups[i].isEmpty()) {
                    g.writeStringField(names[i], groups[i]);
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeBinaryNumbers(JsonGenerator g, Dataset ds, Element e) throws IOException {
        byte[] data = ((Value.Bytes) e.value()).data();
        VR vr = e.vr();
        ByteOrder order = ds.byteOrder();
        int n = ValueCodec.count(data, vr);
        g.writeArrayFieldStart("Value");
        for (int i = 0; i < n; i++) {
            switch (vr.kind()) {
                case FLOAT32 -> JsonNumbers.writeFloat(g, (float) ValueCodec.doubleAt(data, vr, i, order));
                case FLOAT64 -> JsonNumbers.writeDouble(g, ValueCodec.doubleAt(data, vr, i, order));
                case UINT64 -> {
                    long v = ValueCodec.longAt(data, vr, i, order);
                    g.writeNumber(v >= 0 ? BigInteger.valueOf(v) : new BigInteger(Long.toUnsignedString(v)));
                }
                default -> g.writeNumber(ValueCodec.longAt(data, vr, i, order));
            }
        }
        g.writeEndArray();
    }
}
