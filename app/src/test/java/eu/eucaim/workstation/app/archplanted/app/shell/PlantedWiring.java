package eu.eucaim.workstation.app.archplanted.app.shell;

import eu.eucaim.workstation.app.archplanted.client.PlantedClient;

/** Allowed: the shell's wiring may make clients. */
public final class PlantedWiring {
    public Object client() {
        return new PlantedClient();
    }
}
