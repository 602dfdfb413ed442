package eu.eucaim.workstation.app.archplanted.client;

/** Stands for a class of services/client. */
public final class PlantedClient {
    public String fetch() {
        return "data";
    }
}
