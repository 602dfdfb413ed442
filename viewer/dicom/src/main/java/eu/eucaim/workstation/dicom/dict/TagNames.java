package eu.eucaim.workstation.dicom.dict;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tag;

/**
 * Keywords for display (tag browser, dumps), as dcmtk names them: the public dictionary, private tags
 * through the creator that reserved their block in the same data set, "PrivateCreator" for the
 * reservations themselves, "GenericGroupLength" for (gggg,0000), and "Unknown Tag & Data" otherwise.
 */
public final class TagNames {

    private TagNames() {}

    public static String keyword(Dataset ds, int tag) {
        if ((tag & 0xFFFF) == 0 && (tag >>> 16) > 0x0002) {
            return "GenericGroupLength";
        }
        if (Tag.isPrivate(tag)) {
            if (Tag.isPrivateCreator(tag)) {
                return "PrivateCreator";
            }
            DictionaryEntry e = PrivateDictionary.get().lookup(ds.privateCreator(tag), tag);
            return e != null ? e.keyword() : "Unknown Tag & Data";
        }
        DictionaryEntry e = DataDictionary.get().lookup(tag);
        return e != null ? e.keyword() : "Unknown Tag & Data";
    }
}
