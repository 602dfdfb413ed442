package eu.eucaim.workstation.dicom.dict;

import eu.eucaim.workstation.dicom.VR;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public DICOM data dictionary (PS3.6), loaded once on first use from
 * {@code eu/eucaim/workstation/resources/dicom/dictionary.tsv} (made by scripts/dicom/generate-dictionary.py).
 * Loading is thread-safe through the holder idiom; lookups are plain map reads.
 */
public final class DataDictionary {

    static final String RESOURCE = "/eu/eucaim/workstation/resources/dicom/dictionary.tsv";

    private final Map<Integer, DictionaryEntry> byTag;
    private final List<DictionaryEntry> repeaters;
    private final Map<String, DictionaryEntry> byKeyword;

    private DataDictionary(
            Map<Integer, DictionaryEntry> byTag,
            List<DictionaryEntry> repeaters,
            Map<String, DictionaryEntry> byKeyword) {
        this.byTag = byTag;
        this.repeaters = repeaters;
        this.byKeyword = byKeyword;
    }

    private static final class Holder {
        static final DataDictionary INSTANCE = load();
    }

    public static DataDictionary get() {
        return Holder.INSTANCE;
    }

    /** The entry for a tag, trying exact tags first, then repeating-group masks; null when unknown. */
    public DictionaryEntry lookup(int tag) {
        DictionaryEntry e = byTag.get(tag);
        if (e != null) {
            return e;
        }
        for (DictionaryEntry r : repeaters) {
            if (r.matches(tag)) {
                return r;
            }
        }
        return null;
    }

    public DictionaryEntry lookup(String keyword) {
        return byKeyword.get(keyword);
    }

    /** The VR the dictionary gives a tag: group lengths are UL, unknown tags UN (PS3.5 7.2). */
    public VR vrOf(int tag) {
        if ((tag & 0xFFFF) == 0) {
            return VR.UL;
        }
        DictionaryEntry e = lookup(tag);
        return e == null ? VR.UN : e.vr();
    }

    public int size() {
        return byTag.size() + repeaters.size();
    }

    private static DataDictionary load() {
        Map<Integer, DictionaryEntry> byTag = new HashMap<>(8192);
        List<DictionaryEntry> repeaters = new ArrayList<>();
        Map<String, DictionaryEntry> byKeyword = new HashMap<>(8192);
        TsvResource.forEachRow(RESOURCE, f -> {
            DictionaryEntry e = parse(f);
            if (e.mask() == 0xFFFFFFFF) {
                byTag.put(e.tag(), e);
            } else {
                repeaters.add(e);
            }
            if (!e.keyword().isEmpty()) {
                byKeyword.putIfAbsent(e.keyword(), e);
            }
        });
        return new DataDictionary(byTag, List.copyOf(repeaters), byKeyword);
    }

    private static DictionaryEntry parse(String[] f) {
        String pattern = f[0];
        int tag = 0;
        int mask = 0;
        for (int i = 0; i < 8; i++) {
            char c = pattern.charAt(i);
            tag <<= 4;
            mask <<= 4;
            if (c != 'x') {
                tag |= Character.digit(c, 16);
                mask |= 0xF;
            }
        }
        VR vr = VR.parse(f[1]);
        return new DictionaryEntry(tag, mask, f[1], vr == null ? VR.UN : vr, f[2], f[3], f[4], "R".equals(f[5]));
    }
}
