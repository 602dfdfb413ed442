package eu.eucaim.workstation.api.catalogue;

import java.util.List;

/**
 * What the dashboard draws, as on the EUCAIM dashboard's collection summary.
 *
 * @param subjectsByDataset  one entry per dataset (key = dataset id), by descending subjects
 * @param studiesByModality  key = modality code, by descending count
 * @param subjectsByBodyPart key = body part, by descending count
 */
public record CatalogueSummary(
        int networks,
        int biobanks,
        int countries,
        int datasets,
        long subjects,
        long studies,
        List<LabelledCount> subjectsByDataset,
        List<LabelledCount> studiesByModality,
        List<LabelledCount> subjectsByBodyPart) {}
