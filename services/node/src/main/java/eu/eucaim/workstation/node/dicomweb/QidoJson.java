package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.node.dicomweb.QidoAttribute.Level;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The attributes of a QIDO-RS answer row (PS3.18 Tables 10.6.3-3, -4 and -5: the defaults of its level, those of
 * the study and series levels when the path does not name them, the matching keys and {@code includefield}) as a
 * data set for the DICOM JSON writer. An attribute with no value is returned empty, as PS3.18 asks of required
 * return keys.
 */
final class QidoJson {
    static final Set<QidoAttribute> STUDY = EnumSet.of(
            QidoAttribute.SPECIFIC_CHARACTER_SET,
            QidoAttribute.STUDY_DATE,
            QidoAttribute.STUDY_TIME,
            QidoAttribute.ACCESSION_NUMBER,
            QidoAttribute.INSTANCE_AVAILABILITY,
            QidoAttribute.MODALITIES_IN_STUDY,
            QidoAttribute.REFERRING_PHYSICIAN_NAME,
            QidoAttribute.RETRIEVE_URL,
            QidoAttribute.PATIENT_NAME,
            QidoAttribute.PATIENT_ID,
            QidoAttribute.PATIENT_BIRTH_DATE,
            QidoAttribute.PATIENT_SEX,
            QidoAttribute.STUDY_INSTANCE_UID,
            QidoAttribute.STUDY_ID,
            QidoAttribute.NUMBER_OF_STUDY_RELATED_SERIES,
            QidoAttribute.NUMBER_OF_STUDY_RELATED_INSTANCES);
    static final Set<QidoAttribute> SERIES = EnumSet.of(
            QidoAttribute.SPECIFIC_CHARACTER_SET,
            QidoAttribute.MODALITY,
            QidoAttribute.SERIES_DESCRIPTION,
            QidoAttribute.RETRIEVE_URL,
            QidoAttribute.SERIES_INSTANCE_UID,
            QidoAttribute.SERIES_NUMBER,
            QidoAttribute.NUMBER_OF_SERIES_RELATED_INSTANCES,
            QidoAttribute.STUDY_INSTANCE_UID);
    static final Set<QidoAttribute> INSTANCE = EnumSet.of(
            QidoAttribute.SPECIFIC_CHARACTER_SET,
            QidoAttribute.SOP_CLASS_UID,
            QidoAttribute.SOP_INSTANCE_UID,
            QidoAttribute.INSTANCE_AVAILABILITY,
            QidoAttribute.RETRIEVE_URL,
            QidoAttribute.INSTANCE_NUMBER,
            QidoAttribute.ROWS,
            QidoAttribute.COLUMNS,
            QidoAttribute.BITS_ALLOCATED,
            QidoAttribute.NUMBER_OF_FRAMES,
            QidoAttribute.STUDY_INSTANCE_UID,
            QidoAttribute.SERIES_INSTANCE_UID);

    private QidoJson() {}

    /** What a row of {@code q} returns, given which UIDs the path named. */
    static Set<QidoAttribute> returned(QidoQuery q, boolean studyInPath, boolean seriesInPath) {
        Set<QidoAttribute> out = EnumSet.noneOf(QidoAttribute.class);
        switch (q.level()) {
            case STUDY -> out.addAll(STUDY);
            case SERIES -> {
                out.addAll(SERIES);
                if (!studyInPath) {
                    out.addAll(STUDY);
                }
            }
            case INSTANCE -> {
                out.addAll(INSTANCE);
                if (!seriesInPath) {
                    out.addAll(SERIES);
                }
                if (!studyInPath) {
                    out.addAll(STUDY);
                }
            }
        }
        out.addAll(q.filters().keySet());
        out.addAll(q.include());
        out.removeIf(a -> !available(a, q.level()));
        return out;
    }

    /** Whether a row of {@code level} has the attribute: its own level's and those above; counts of their level. */
    private static boolean available(QidoAttribute a, Level level) {
        return switch (a) {
            case SPECIFIC_CHARACTER_SET, RETRIEVE_URL, INSTANCE_AVAILABILITY -> true;
            case MODALITIES_IN_STUDY, NUMBER_OF_STUDY_RELATED_SERIES, NUMBER_OF_STUDY_RELATED_INSTANCES ->
                level == Level.STUDY;
            case NUMBER_OF_SERIES_RELATED_INSTANCES -> level == Level.SERIES;
            default -> a.level.ordinal() <= level.ordinal();
        };
    }

    /** The row as a data set; {@code base} is the node's DICOMweb root, for Retrieve URL. */
    static Dataset dataset(QidoSearch.Row row, Level level, Set<QidoAttribute> attributes, String base) {
        Dataset ds = new Dataset();
        for (QidoAttribute a : attributes) {
            Object v = switch (a) {
                case SPECIFIC_CHARACTER_SET -> "ISO_IR 192";
                case INSTANCE_AVAILABILITY -> "ONLINE";
                case RETRIEVE_URL -> retrieveUrl(row, level, base);
                default -> row.values().get(a);
            };
            put(ds, a, v);
        }
        return ds;
    }

    private static String retrieveUrl(QidoSearch.Row row, Level level, String base) {
        StringBuilder url =
                new StringBuilder(base).append("/studies/").append(row.values().get(QidoAttribute.STUDY_INSTANCE_UID));
        if (level != Level.STUDY) {
            url.append("/series/").append(row.values().get(QidoAttribute.SERIES_INSTANCE_UID));
        }
        if (level == Level.INSTANCE) {
            url.append("/instances/").append(row.values().get(QidoAttribute.SOP_INSTANCE_UID));
        }
        return url.toString();
    }

    private static void put(Dataset ds, QidoAttribute a, Object v) {
        if (v == null || v instanceof List<?> l && l.isEmpty()) {
            ds.put(new Element(a.tag, a.vr, Element.EMPTY));
        } else if (v instanceof List<?> l) {
            ds.put(a.tag, a.vr, l.stream().map(Object::toString).toArray(String[]::new));
        } else if (a.vr == VR.US) {
            ds.put(a.tag, a.vr, ((Number) v).intValue());
        } else {
            ds.put(a.tag, a.vr, v.toString());
        }
    }
}
