package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import java.time.format.DateTimeFormatter;

/**
 * What the user typed in the remote search, as a QIDO-RS query: names and IDs with wildcards as typed (a name
 * without one matches as a prefix, as PACS search forms do), a date range, a modality and an accession number.
 */
record RemoteSearchForm(
        String patientName, String patientId, String from, String to, String modality, String accession) {
    static final int PAGE = 100;
    private static final DateTimeFormatter DICOM_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** The status line after a search of {@code source} found {@code count} studies (at most a page). */
    static String found(int count, String source) {
        return count == 0
                ? "No study of " + source + " matches."
                : eu.eucaim.workstation.app.fx.Formats.count(count, "study", "studies") + " found on " + source
                        + (count >= PAGE ? " (the first " + PAGE + "; narrow the search)" : "") + ".";
    }

    /** The query; a date that is not YYYY-MM-DD fails with a message naming the field. */
    QidoQuery query() {
        QidoQuery q = QidoQuery.all()
                .including("00081030")
                .including("00080050")
                .including("00201206")
                .including("00201208");
        if (!patientName.isBlank()) {
            String n = patientName.strip();
            q = q.where("PatientName", n.contains("*") || n.contains("?") ? n : n + "*");
        }
        if (!patientId.isBlank()) {
            q = q.where("PatientID", patientId.strip());
        }
        String range = range(date("From", from), date("To", to));
        if (!range.isEmpty()) {
            q = q.where("StudyDate", range);
        }
        if (!modality.isBlank()) {
            q = q.where("ModalitiesInStudy", modality.strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (!accession.isBlank()) {
            q = q.where("AccessionNumber", accession.strip());
        }
        return q.page(PAGE, 0);
    }

    private static String range(String from, String to) {
        if (from.isEmpty() && to.isEmpty()) {
            return "";
        }
        return from.equals(to) ? from : from + "-" + to;
    }

    private static String date(String field, String typed) {
        java.time.LocalDate day = eu.eucaim.workstation.app.fx.TypedDates.day(field, typed);
        return day == null ? "" : day.format(DICOM_DATE);
    }
}
