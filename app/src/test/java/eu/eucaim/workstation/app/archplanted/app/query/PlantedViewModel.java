package eu.eucaim.workstation.app.archplanted.app.query;

import eu.eucaim.workstation.app.archplanted.client.PlantedClient;
import javafx.scene.Node;

/** Breaks two rules: a view-model holding a scene-graph node, and a feature package making a client itself. */
public final class PlantedViewModel {
    private final PlantedClient client = new PlantedClient();
    private Node shown;

    public String load() {
        return client.fetch() + shown;
    }
}
