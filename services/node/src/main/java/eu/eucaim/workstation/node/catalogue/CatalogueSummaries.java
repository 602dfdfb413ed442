package eu.eucaim.workstation.node.catalogue;

import eu.eucaim.workstation.api.catalogue.Biobank;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.LabelledCount;
import eu.eucaim.workstation.api.vocabulary.Modality;
import eu.eucaim.workstation.node.vocabulary.BodyParts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The dashboard summary: totals over datasets, studies by modality and subjects by body part from the cohorts. */
final class CatalogueSummaries {
    private static final Comparator<LabelledCount> ORDER = Comparator.comparingLong(LabelledCount::count)
            .reversed()
            .thenComparing(LabelledCount::label)
            .thenComparing(LabelledCount::key);

    private CatalogueSummaries() {}

    static CatalogueSummary of(CatalogueStore.Contents contents) {
        List<Dataset> datasets = contents.datasets();
        List<Biobank> biobanks =
                contents.networks().stream().flatMap(n -> n.biobanks().stream()).toList();
        Set<String> countries = new TreeSet<>();
        biobanks.forEach(b -> countries.add(b.country()));
        List<LabelledCount> byDataset = new ArrayList<>();
        datasets.forEach(d -> byDataset.add(new LabelledCount(d.id(), d.title(), d.subjects())));
        // The cohort tables use the federated search's modality words; the catalogue speaks DICOM codes.
        List<LabelledCount> byModality = new ArrayList<>();
        contents.studiesByModality().forEach((searchCode, count) -> {
            String code =
                    Modality.ofSearchCode(searchCode).map(Modality::dicomCode).orElse(searchCode);
            byModality.add(new LabelledCount(code, Modality.labelOf(code), count));
        });
        List<LabelledCount> byBodyPart = new ArrayList<>();
        contents.subjectsByBodyPart()
                .forEach((part, count) -> byBodyPart.add(new LabelledCount(part, BodyParts.label(part), count)));
        return new CatalogueSummary(
                contents.networks().size(),
                biobanks.size(),
                countries.size(),
                datasets.size(),
                datasets.stream().mapToLong(Dataset::subjects).sum(),
                datasets.stream().mapToLong(Dataset::studies).sum(),
                sorted(byDataset),
                sorted(byModality),
                sorted(byBodyPart));
    }

    private static List<LabelledCount> sorted(List<LabelledCount> list) {
        list.sort(ORDER);
        return List.copyOf(list);
    }
}
