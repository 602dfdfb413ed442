package eu.eucaim.workstation.node.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cohort's totals for the dashboard (studies per modality, distinct subjects per body part), counted from the
 * generated rows so that the catalogue can be served before the rows themselves are written.
 */
final class CohortTotals {
    private final Map<String, Long> studiesByModality = new TreeMap<>();
    private final Map<String, Set<Long>> subjectsByBodyPart = new HashMap<>();

    void add(CohortRows cohort) {
        for (CohortRows.Study s : cohort.studies()) {
            studiesByModality.merge(s.modality(), 1L, Long::sum);
            subjectsByBodyPart
                    .computeIfAbsent(s.bodyPart(), k -> new HashSet<>())
                    .add(s.subjectId());
        }
    }

    Map<String, Long> studiesByModality() {
        return new TreeMap<>(studiesByModality);
    }

    Map<String, Long> subjectsByBodyPart() {
        Map<String, Long> counts = new TreeMap<>();
        subjectsByBodyPart.forEach((part, subjects) -> counts.put(part, (long) subjects.size()));
        return counts;
    }
}
