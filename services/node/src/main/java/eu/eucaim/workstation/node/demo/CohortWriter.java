package eu.eucaim.workstation.node.demo;

import eu.eucaim.workstation.node.storage.MultiRowInsert;
import java.sql.Connection;
import java.sql.SQLException;

/** Bulk-inserts {@code subject} and {@code study} rows on one connection; the caller flushes before committing. */
final class CohortWriter implements AutoCloseable {
    private final MultiRowInsert subject;
    private final MultiRowInsert study;
    private int pending;

    /** @param datasets the insert of the dataset rows the cohort references, so that they go in first */
    CohortWriter(Connection c, MultiRowInsert datasets) {
        subject = new MultiRowInsert(
                        c,
                        "subject",
                        "id",
                        "dataset_id",
                        "sex",
                        "age_at_diagnosis",
                        "diagnosis_code",
                        "year_of_diagnosis")
                .after(datasets);
        study = new MultiRowInsert(
                        c,
                        "study",
                        "id",
                        "subject_id",
                        "dataset_id",
                        "modality",
                        "body_part",
                        "manufacturer",
                        "study_date")
                .after(subject);
    }

    void write(CohortRows cohort) throws SQLException {
        for (CohortRows.Subject s : cohort.subjects()) {
            subject.add(s.id(), s.datasetId(), s.sex(), s.ageAtDiagnosis(), s.diagnosisCode(), s.yearOfDiagnosis());
        }
        for (CohortRows.Study s : cohort.studies()) {
            study.add(
                    s.id(), s.subjectId(), s.datasetId(), s.modality(), s.bodyPart(), s.manufacturer(), s.studyDate());
        }
        pending += cohort.subjects().size() + cohort.studies().size();
    }

    int pending() {
        return pending;
    }

    void flush() throws SQLException {
        subject.flush();
        study.flush();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        subject.close();
        study.close();
    }
}
