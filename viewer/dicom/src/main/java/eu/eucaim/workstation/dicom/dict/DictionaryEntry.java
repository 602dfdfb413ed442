package eu.eucaim.workstation.dicom.dict;

import eu.eucaim.workstation.dicom.VR;

/**
 * One row of the data dictionary.
 *
 * @param tag     the tag, with masked digits as 0 (for repeating groups such as 60xx)
 * @param mask    bits of {@code tag} that must match (0xFFFFFFFF for an ordinary tag)
 * @param vrs     the VR text as in the standard, e.g. "US or SS"
 * @param vr      the VR used when the file does not say (the first of {@code vrs}; UN when none)
 */
public record DictionaryEntry(
        int tag, int mask, String vrs, VR vr, String vm, String keyword, String name, boolean retired) {

    public boolean matches(int t) {
        return (t & mask) == tag;
    }

    /** True when the dictionary allows more than one VR ("US or SS", "OB or OW"). */
    public boolean ambiguousVR() {
        return vrs.indexOf(' ') >= 0;
    }
}
