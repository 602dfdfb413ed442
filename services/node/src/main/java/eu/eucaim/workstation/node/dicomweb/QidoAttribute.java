package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.dicom.Tag;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.dict.DataDictionary;
import eu.eucaim.workstation.dicom.dict.DictionaryEntry;
import java.util.Locale;
import java.util.Optional;

/**
 * The attributes QIDO-RS matches on and returns, all read from the index ({@code dicom_instance}) or counted from
 * it: a search never opens a file. Each has the level it belongs to (patient attributes count as study level, as
 * in the study root), its column (null for counted ones) and how a query value is matched (PS3.4 C.2.2.2).
 */
public enum QidoAttribute {
    SPECIFIC_CHARACTER_SET(0x00080005, VR.CS, null, Level.STUDY, Match.NONE),
    SOP_CLASS_UID(0x00080016, VR.UI, "sop_class_uid", Level.INSTANCE, Match.UID_LIST),
    SOP_INSTANCE_UID(0x00080018, VR.UI, "sop_instance_uid", Level.INSTANCE, Match.UID_LIST),
    STUDY_DATE(0x00080020, VR.DA, "study_date", Level.STUDY, Match.RANGE),
    SERIES_DATE(0x00080021, VR.DA, "series_date", Level.SERIES, Match.RANGE),
    STUDY_TIME(0x00080030, VR.TM, "study_time", Level.STUDY, Match.RANGE),
    SERIES_TIME(0x00080031, VR.TM, "series_time", Level.SERIES, Match.RANGE),
    ACCESSION_NUMBER(0x00080050, VR.SH, "accession_number", Level.STUDY, Match.TEXT),
    INSTANCE_AVAILABILITY(0x00080056, VR.CS, null, Level.INSTANCE, Match.NONE),
    MODALITY(0x00080060, VR.CS, "modality", Level.SERIES, Match.LIST),
    MODALITIES_IN_STUDY(0x00080061, VR.CS, null, Level.STUDY, Match.MODALITIES),
    REFERRING_PHYSICIAN_NAME(0x00080090, VR.PN, "referring_physician_name", Level.STUDY, Match.PERSON_NAME),
    STUDY_DESCRIPTION(0x00081030, VR.LO, "study_description", Level.STUDY, Match.TEXT),
    SERIES_DESCRIPTION(0x0008103E, VR.LO, "series_description", Level.SERIES, Match.TEXT),
    RETRIEVE_URL(0x00081190, VR.UR, null, Level.INSTANCE, Match.NONE),
    AVAILABLE_TRANSFER_SYNTAX_UID(0x00083002, VR.UI, "transfer_syntax_uid", Level.INSTANCE, Match.NONE),
    PATIENT_NAME(0x00100010, VR.PN, "patient_name", Level.STUDY, Match.PERSON_NAME),
    PATIENT_ID(0x00100020, VR.LO, "patient_id", Level.STUDY, Match.TEXT),
    PATIENT_BIRTH_DATE(0x00100030, VR.DA, "patient_birth_date", Level.STUDY, Match.RANGE),
    PATIENT_SEX(0x00100040, VR.CS, "patient_sex", Level.STUDY, Match.TEXT),
    BODY_PART_EXAMINED(0x00180015, VR.CS, "body_part_examined", Level.SERIES, Match.TEXT),
    STUDY_INSTANCE_UID(0x0020000D, VR.UI, "study_instance_uid", Level.STUDY, Match.UID_LIST),
    SERIES_INSTANCE_UID(0x0020000E, VR.UI, "series_instance_uid", Level.SERIES, Match.UID_LIST),
    STUDY_ID(0x00200010, VR.SH, "study_id", Level.STUDY, Match.TEXT),
    SERIES_NUMBER(0x00200011, VR.IS, "series_number", Level.SERIES, Match.INTEGER),
    INSTANCE_NUMBER(0x00200013, VR.IS, "instance_number", Level.INSTANCE, Match.INTEGER),
    NUMBER_OF_STUDY_RELATED_SERIES(0x00201206, VR.IS, null, Level.STUDY, Match.NONE),
    NUMBER_OF_STUDY_RELATED_INSTANCES(0x00201208, VR.IS, null, Level.STUDY, Match.NONE),
    NUMBER_OF_SERIES_RELATED_INSTANCES(0x00201209, VR.IS, null, Level.SERIES, Match.NONE),
    NUMBER_OF_FRAMES(0x00280008, VR.IS, "number_of_frames", Level.INSTANCE, Match.INTEGER),
    ROWS(0x00280010, VR.US, "image_rows", Level.INSTANCE, Match.INTEGER),
    COLUMNS(0x00280011, VR.US, "image_columns", Level.INSTANCE, Match.INTEGER),
    BITS_ALLOCATED(0x00280100, VR.US, "bits_allocated", Level.INSTANCE, Match.INTEGER);

    /** The QIDO-RS levels: what a row of the answer is. */
    public enum Level {
        STUDY,
        SERIES,
        INSTANCE
    }

    /** How a query value is matched. */
    enum Match {
        /** Not a matching key (counted or constant). */
        NONE,
        /** Single value or wildcard ({@code *}, {@code ?}), case-sensitive. */
        TEXT,
        /** As TEXT, case-insensitive (person names). */
        PERSON_NAME,
        /** A date or time, or a range {@code A-B}, {@code -B}, {@code A-}. */
        RANGE,
        /** UIDs, separated by commas or backslashes (PS3.18 8.3.4.1). */
        UID_LIST,
        /** Code strings, separated by commas or backslashes: any of them. */
        LIST,
        /** Modalities in Study: the study has a series of any of these modalities. */
        MODALITIES,
        /** An integer, exactly. */
        INTEGER
    }

    final int tag;
    final VR vr;
    final String column;
    final Level level;
    final Match match;

    QidoAttribute(int tag, VR vr, String column, Level level, Match match) {
        this.tag = tag;
        this.vr = vr;
        this.column = column;
        this.level = level;
        this.match = match;
    }

    public int tag() {
        return tag;
    }

    /** The attribute a query names, by keyword ({@code PatientName}) or tag ({@code 00100010}). */
    static Optional<QidoAttribute> named(String name) {
        OptionalTag t = OptionalTag.of(name);
        if (t == null) {
            return Optional.empty();
        }
        for (QidoAttribute a : values()) {
            if (a.tag == t.tag) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code name} is a DICOM keyword or tag at all (one the node does not index, or any). */
    static boolean isAttribute(String name) {
        return OptionalTag.of(name) != null;
    }

    public String keyword() {
        DictionaryEntry e = DataDictionary.get().lookup(tag);
        return e != null ? e.keyword() : Tag.toHex(tag);
    }

    /** A name resolved to a tag: 8 hexadecimal digits, or a keyword of the data dictionary. */
    private record OptionalTag(int tag) {
        static OptionalTag of(String name) {
            if (name.matches("[0-9A-Fa-f]{8}")) {
                return new OptionalTag((int) Long.parseLong(name.toUpperCase(Locale.ROOT), 16));
            }
            DictionaryEntry e = DataDictionary.get().lookup(name);
            return e == null ? null : new OptionalTag(e.tag());
        }
    }
}
