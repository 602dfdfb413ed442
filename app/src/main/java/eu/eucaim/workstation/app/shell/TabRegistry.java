package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.catalogue.CatalogueTab;
import eu.eucaim.workstation.app.coming.ComingTab;
import eu.eucaim.workstation.app.dashboard.DashboardTab;
import eu.eucaim.workstation.app.datasets.DatasetsTab;
import eu.eucaim.workstation.app.negotiation.NegotiationsTab;
import eu.eucaim.workstation.app.query.QueryTab;
import eu.eucaim.workstation.app.tab.TabSpec;
import eu.eucaim.workstation.app.viewer.ViewerTab;
import java.util.List;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window's tabs, in order: the one place a feature is added to the app (docs/architecture.md). */
final class TabRegistry {
    static final List<TabSpec> TABS = List.of(
            TabSpec.open("dashboard", "Dashboard", Material2AL.DASHBOARD, DashboardTab::new),
            TabSpec.open(CatalogueTab.ID, "Catalogue", Material2AL.LIBRARY_BOOKS, CatalogueTab::new),
            TabSpec.signedIn(
                    "query",
                    "Query",
                    Material2AL.FIND_IN_PAGE,
                    "Find cohorts across every node of the federation by diagnosis, modality, body part, sex and"
                            + " age, and add the datasets that match to your selection.",
                    QueryTab::new),
            TabSpec.signedIn(
                    NegotiationsTab.ID,
                    "Negotiations",
                    Material2AL.GAVEL,
                    "Ask for access to the datasets in your selection and follow each request through review to"
                            + " approval.",
                    NegotiationsTab::new),
            TabSpec.signedIn(
                    "tickets",
                    "Tickets",
                    Material2MZ.SUPPORT_AGENT,
                    "Ask the EUCAIM helpdesk for help and follow your tickets.",
                    context -> new ComingTab(
                            "Tickets — ask the EUCAIM helpdesk for help and follow your tickets; coming next.",
                            Material2MZ.SUPPORT_AGENT)),
            TabSpec.open(ViewerTab.ID, "Viewer", Material2AL.IMAGE, ViewerTab::new),
            TabSpec.signedIn(
                    DatasetsTab.ID,
                    "Datasets",
                    Material2AL.FOLDER_SHARED,
                    "For data stewards: who retrieved the images of the datasets you represent, and when.",
                    DatasetsTab::new));

    private TabRegistry() {}
}
