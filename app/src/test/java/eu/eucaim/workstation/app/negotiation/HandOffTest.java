package eu.eucaim.workstation.app.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.negotiation.NewRequest;
import eu.eucaim.workstation.app.selection.SelectedDataset;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandOffTest {
    @Test
    void theRequestNamesTheCatalogueOriginEachDatasetAndHowItWasFound() {
        NewRequest r = HandOff.request(
                URI.create("http://127.0.0.1:43121/some/path"),
                List.of(
                        new SelectedDataset("ds-1", "Lung CT", "Catalogue search \"lung\" (Modality: CT)"),
                        new SelectedDataset("ds-2", "Breast MR", "Federated query: Diagnosis C50"),
                        new SelectedDataset("ds-3", "Prostate", null)));
        assertThat(r.url()).isEqualTo("http://127.0.0.1:43121");
        assertThat(r.resources())
                .extracting(x -> x.id() + "=" + x.name())
                .containsExactly("ds-1=Lung CT", "ds-2=Breast MR", "ds-3=Prostate");
        assertThat(r.humanReadable())
                .isEqualTo("Catalogue search \"lung\" (Modality: CT) OR Federated query: Diagnosis C50\n"
                        + "User actions taken:\n"
                        + "#1 Catalogue search \"lung\" (Modality: CT): selected \"Lung CT\" (ds-1)\n"
                        + "#2 Federated query: Diagnosis C50: selected \"Breast MR\" (ds-2)\n"
                        + "#3 Selected \"Prostate\" (ds-3)");
    }
}
