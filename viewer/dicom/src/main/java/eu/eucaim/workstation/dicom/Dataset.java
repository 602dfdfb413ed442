package eu.eucaim.workstation.dicom;

import eu.eucaim.workstation.dicom.charset.SpecificCharacterSet;
import java.nio.ByteOrder;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * The attributes of one dataset or sequence item, kept sorted by tag (unsigned order).
 * Values stay as read; typed getters decode on demand, so a header scan decodes only what it asks for.
 * Not thread-safe for writes; safe to read from many threads once built.
 */
public final class Dataset {

    private int[] tags = new int[16];
    private Element[] elements = new Element[16];
    private int size;
    private ByteOrder byteOrder;
    private SpecificCharacterSet charset;

    public Dataset() {
        this(ByteOrder.LITTLE_ENDIAN, SpecificCharacterSet.DEFAULT);
    }

    /**
     * @param byteOrder order of binary numbers in the raw values (big endian only for datasets read
     *                  from explicit VR big endian files)
     * @param charset   inherited character set (items inherit their parent's unless they have their own)
     */
    public Dataset(ByteOrder byteOrder, SpecificCharacterSet charset) {
        this.byteOrder = byteOrder;
        this.charset = charset;
    }

    /** A new empty item that inherits this dataset's byte order and character set. */
    public Dataset newItem() {
        return new Dataset(byteOrder, charset);
    }

    public ByteOrder byteOrder() {
        return byteOrder;
    }

    public SpecificCharacterSet charset() {
        return charset;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Elements in tag order (a live, read-only view). */
    public List<Element> elements() {
        return new AbstractList<>() {
            @Override
            public Element get(int index) {
                if (index >= size) {
                    throw new IndexOutOfBoundsException(index);
                }
                return elements[index];
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private int indexOf(int tag) {
        // The reader appends in order; check the end first so parsing stays O(1) per element.
        if (size > 0 && tags[size - 1] == tag) {
            return size - 1;
        }
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Integer.compareUnsigned(tags[mid], tag);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    public boolean contains(int tag) {
        return indexOf(tag) >= 0;
    }

    public Element get(int tag) {
        int i = indexOf(tag);
        return i >= 0 ? elements[i] : null;
    }

    /** Adds or replaces an element. */
    public Dataset put(Element e) {
        int tag = e.tag();
        if (size > 0 && Integer.compareUnsigned(tags[size - 1], tag) < 0) {
            append(e);
        } else {
            int i = indexOf(tag);
            if (i >= 0) {
                elements[i] = e;
            } else {
                insert(-(i + 1), e);
            }
        }
        if (tag == Tags.SpecificCharacterSet) {
            charset = SpecificCharacterSet.of(ValueCodec.strings(bytesOf(e), VR.CS, SpecificCharacterSet.DEFAULT));
        }
        return this;
    }

    private void append(Element e) {
        grow();
        tags[size] = e.tag();
        elements[size++] = e;
    }

    private void insert(int at, Element e) {
        grow();
        System.arraycopy(tags, at, tags, at + 1, size - at);
        System.arraycopy(elements, at, elements, at + 1, size - at);
        tags[at] = e.tag();
        elements[at] = e;
        size++;
    }

    private void grow() {
        if (size == tags.length) {
            tags = Arrays.copyOf(tags, size * 2);
            elements = Arrays.copyOf(elements, size * 2);
        }
    }

    public Element remove(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return null;
        }
        Element e = elements[i];
        System.arraycopy(tags, i + 1, tags, i, size - i - 1);
        System.arraycopy(elements, i + 1, elements, i, size - i - 1);
        elements[--size] = null;
        return e;
    }

    // ---- building in code ----

    /** Strings (for any string VR); several values are joined with backslashes when written. */
    public Dataset put(int tag, VR vr, String... values) {
        if (!vr.isString()) {
            throw new IllegalArgumentException(Tag.toString(tag) + ": " + vr + " is not a string VR");
        }
        return put(new Element(tag, vr, new Value.Text(Arrays.asList(values))));
    }

    /** Binary numbers (US, SS, UL, SL, FL, FD, SV, UV, AT) or, for IS/DS, their text form. */
    public Dataset put(int tag, VR vr, double... values) {
        if (vr == VR.IS || vr == VR.DS) {
            String[] text = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                text[i] = vr == VR.IS || values[i] == Math.rint(values[i]) && Math.abs(values[i]) < 1e15
                        ? Long.toString((long) values[i])
                        : Double.toString(values[i]);
            }
            return put(tag, vr, text);
        }
        return put(new Element(tag, vr, new Value.Bytes(ValueCodec.encode(vr, byteOrder, values))));
    }

    public Dataset put(int tag, VR vr, int... values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = vr == VR.UL || vr == VR.AT ? Integer.toUnsignedLong(values[i]) : values[i];
        }
        return put(tag, vr, d);
    }

    /** Raw bytes (OB, OW, UN...; in this dataset's byte order). */
    public Dataset put(int tag, VR vr, byte[] value) {
        return put(new Element(tag, vr, new Value.Bytes(value)));
    }

    /** Compressed frames as encapsulated pixel data: one fragment per frame and a Basic Offset Table. */
    public Dataset putEncapsulatedFrames(int tag, List<byte[]> frames) {
        return put(new Element(tag, VR.OB, Encapsulation.fromFrames(frames)));
    }

    public Dataset putSequence(int tag, List<Dataset> items) {
        return put(new Element(tag, VR.SQ, new Value.Sequence(List.copyOf(items))));
    }

    // ---- typed getters ----

    public VR vr(int tag) {
        Element e = get(tag);
        return e == null ? null : e.vr();
    }

    /** The first value as a string, or null when absent or empty. */
    public String getString(int tag) {
        String[] all = getStrings(tag);
        return all.length == 0 || all[0].isEmpty() ? null : all[0];
    }

    public String getString(int tag, String defaultValue) {
        String s = getString(tag);
        return s == null ? defaultValue : s;
    }

    /** All values as strings (numbers of binary VRs are formatted); empty when absent. */
    public String[] getStrings(int tag) {
        Element e = get(tag);
        if (e == null) {
            return new String[0];
        }
        if (e.value() instanceof Value.Text t) {
            return t.values().stream()
                    .map(e.vr() == VR.UI ? ValueCodec::trim : ValueCodec::trimSpaces)
                    .toArray(String[]::new);
        }
        if (!(e.value() instanceof Value.Bytes b)) {
            return new String[0];
        }
        VR vr = e.vr();
        if (vr.isString()) {
            return ValueCodec.strings(b.data(), vr, charset);
        }
        if (vr.isBinaryNumber()) {
            int n = ValueCodec.count(b.data(), vr);
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                out[i] = vr.kind() == VR.Kind.FLOAT32 || vr.kind() == VR.Kind.FLOAT64
                        ? Double.toString(ValueCodec.doubleAt(b.data(), vr, i, byteOrder))
                        : vr == VR.AT
                                ? Tag.toHex((int) ValueCodec.longAt(b.data(), vr, i, byteOrder))
                                : Long.toString(ValueCodec.longAt(b.data(), vr, i, byteOrder));
            }
            return out;
        }
        return new String[0];
    }

    public int getInt(int tag, int defaultValue) {
        int[] v = getInts(tag);
        return v.length == 0 ? defaultValue : v[0];
    }

    /** Integers of binary VRs or IS/DS (DS truncated); unparsable text values are skipped. */
    public int[] getInts(int tag) {
        double[] d = getDoubles(tag);
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (int) d[i];
        }
        return out;
    }

    public double getDouble(int tag, double defaultValue) {
        double[] v = getDoubles(tag);
        return v.length == 0 ? defaultValue : v[0];
    }

    public double[] getDoubles(int tag) {
        Element e = get(tag);
        if (e == null) {
            return new double[0];
        }
        if (e.value() instanceof Value.Bytes b && e.vr().isBinaryNumber()) {
            int n = ValueCodec.count(b.data(), e.vr());
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = ValueCodec.doubleAt(b.data(), e.vr(), i, byteOrder);
            }
            return out;
        }
        String[] s = getStrings(tag);
        double[] out = new double[s.length];
        int n = 0;
        for (String v : s) {
            try {
                out[n] = Double.parseDouble(v);
                n++;
            } catch (NumberFormatException ignored) {
                // Not a number: skipped, as the getter promises numbers only.
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Items of a sequence; empty when absent or not a sequence. */
    public List<Dataset> getSequence(int tag) {
        Element e = get(tag);
        return e != null && e.value() instanceof Value.Sequence s ? s.items() : List.of();
    }

    /** Inline bytes of a value, or null when absent or not held in memory. */
    public byte[] getBytes(int tag) {
        Element e = get(tag);
        return e != null && e.value() instanceof Value.Bytes b ? b.data() : null;
    }

    /** The private creator reserving the block of a private tag, or null (PS3.5 7.8.1). */
    public String privateCreator(int tag) {
        if (!Tag.isPrivate(tag) || Tag.isPrivateCreator(tag) || (tag & 0xFF00) == 0) {
            return null;
        }
        int creatorTag = (tag & 0xFFFF0000) | ((tag >>> 8) & 0xFF);
        return getString(creatorTag);
    }

    private static byte[] bytesOf(Element e) {
        if (e.value() instanceof Value.Bytes b) {
            return b.data();
        }
        if (e.value() instanceof Value.Text t) {
            return String.join("\\", t.values()).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return new byte[0];
    }

    @Override
    public String toString() {
        return "Dataset[" + size + " elements]";
    }
}
