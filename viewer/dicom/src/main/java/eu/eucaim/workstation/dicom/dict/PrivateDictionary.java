package eu.eucaim.workstation.dicom.dict;

import eu.eucaim.workstation.dicom.VR;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Private tags known by creator (taken from dcmtk's private.dic), so implicit-VR private elements get
 * the VR and name dcmtk gives them. A private tag (gggg,xxee) is looked up with the creator found in
 * (gggg,00xx) of the same dataset and the low byte ee (PS3.5 7.8.1).
 */
public final class PrivateDictionary {

    static final String RESOURCE = "/eu/eucaim/workstation/resources/dicom/private-dictionary.tsv";

    private record Range(String creator, int fromGroup, int toGroup, int element, DictionaryEntry entry) {}

    private final Map<String, DictionaryEntry> exact;
    private final List<Range> ranges;

    private PrivateDictionary(Map<String, DictionaryEntry> exact, List<Range> ranges) {
        this.exact = exact;
        this.ranges = ranges;
    }

    private static final class Holder {
        static final PrivateDictionary INSTANCE = load();
    }

    public static PrivateDictionary get() {
        return Holder.INSTANCE;
    }

    /** The entry for a private tag in the block of {@code creator}; null when unknown. */
    public DictionaryEntry lookup(String creator, int tag) {
        if (creator == null) {
            return null;
        }
        int group = tag >>> 16;
        int element = tag & 0xFF;
        DictionaryEntry e = exact.get(key(creator, group, element));
        if (e != null) {
            return e;
        }
        for (Range r : ranges) {
            if (r.element == element && group >= r.fromGroup && group <= r.toGroup && r.creator.equals(creator)) {
                return r.entry;
            }
        }
        return null;
    }

    private static String key(String creator, int group, int element) {
        return creator + '\u0000' + group + '\u0000' + element;
    }

    private static PrivateDictionary load() {
        Map<String, DictionaryEntry> exact = new HashMap<>(4096);
        List<Range> ranges = new ArrayList<>();
        TsvResource.forEachRow(RESOURCE, f -> {
            int element = Integer.parseInt(f[2], 16);
            VR vr = VR.parse(f[3]);
            String[] groups = f[1].split("-");
            int from = Integer.parseInt(groups[0], 16);
            int to = groups.length > 1 ? Integer.parseInt(groups[1], 16) : from;
            DictionaryEntry e = new DictionaryEntry(
                    (from << 16) | element, 0xFFFF00FF, f[3], vr == null ? VR.UN : vr, f[4], f[5], f[5], false);
            if (from == to) {
                exact.putIfAbsent(key(f[0], from, element), e);
            } else {
                ranges.add(new Range(f[0], from, to, element, e));
            }
        });
        return new PrivateDictionary(exact, List.copyOf(ranges));
    }
}
