package eu.eucaim.workstation.app.archplanted.cycle.b;

import eu.eucaim.workstation.app.archplanted.cycle.a.PlantedA;

/** The other half of a package cycle. */
public final class PlantedB {
    public PlantedA back() {
        return new PlantedA();
    }
}
