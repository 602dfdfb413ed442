package eu.eucaim.workstation.node.demo;

import java.util.List;

/**
 * The fictional networks and imaging biobanks of the demo catalogue. Every name says "Demo" so that nobody mistakes
 * them for real holdings; the e-mail domains are under the reserved {@code .example} TLD.
 */
final class DemoHoldings {
    record DemoNetwork(String id, String name, String description) {}

    record DemoBiobank(String id, String networkId, String name, String country, String city, String description) {
        String emailDomain() {
            return city.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".demo-biobank.example";
        }
    }

    static final List<DemoNetwork> NETWORKS = List.of(
            new DemoNetwork(
                    "demo-net-oncology",
                    "Demo Oncology Imaging Network",
                    "Fictional network of hospital imaging biobanks sharing oncology imaging for research (demo data)."),
            new DemoNetwork(
                    "demo-net-screening",
                    "Demo Cancer Screening Imaging Network",
                    "Fictional network of screening programmes pooling mammography, lung and colon screening images (demo data)."),
            new DemoNetwork(
                    "demo-net-ai",
                    "Demo AI Imaging Research Network",
                    "Fictional network of research centres curating annotated imaging for AI development (demo data)."));

    static final List<DemoBiobank> BIOBANKS = List.of(
            biobank("bb-valencia", "demo-net-oncology", "Valencia", "ES"),
            biobank("bb-lisbon", "demo-net-oncology", "Lisbon", "PT"),
            biobank("bb-turin", "demo-net-oncology", "Turin", "IT"),
            biobank("bb-heidelberg", "demo-net-oncology", "Heidelberg", "DE"),
            biobank("bb-lyon", "demo-net-screening", "Lyon", "FR"),
            biobank("bb-leuven", "demo-net-screening", "Leuven", "BE"),
            biobank("bb-uppsala", "demo-net-screening", "Uppsala", "SE"),
            biobank("bb-athens", "demo-net-ai", "Athens", "GR"),
            biobank("bb-krakow", "demo-net-ai", "Krakow", "PL"),
            biobank("bb-groningen", "demo-net-ai", "Groningen", "NL"));

    private DemoHoldings() {}

    private static DemoBiobank biobank(String id, String networkId, String city, String country) {
        String name = "Demo Imaging Biobank " + city;
        return new DemoBiobank(
                id,
                networkId,
                name,
                country,
                city,
                "Fictional imaging biobank in " + city
                        + " that exists only as demo data of the EUCAIM Workstation node.");
    }
}
