package eu.eucaim.workstation.app.testing;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.AccessRights;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.Publisher;
import java.util.List;

/** Small hand-made DTOs for view-model unit tests (the UI tests use a real node instead). */
public final class Datasets {
    private Datasets() {}

    public static Dataset dataset(String id, String title, int subjects) {
        return new Dataset(
                id,
                title,
                "About " + title,
                "1.0",
                "Imaging",
                AccessRights.RESTRICTED,
                List.of(AccessCondition.DOWNLOAD),
                new Publisher("bb-1", "Test biobank", "DE"),
                null,
                "net-1",
                subjects,
                subjects * 2,
                List.of("female"),
                30,
                80,
                List.of(),
                List.of("MR"),
                List.of("Siemens"),
                List.of("prostate"),
                List.of("test"),
                "Test",
                null,
                List.of(),
                0,
                "CC-BY-4.0",
                false);
    }
}
