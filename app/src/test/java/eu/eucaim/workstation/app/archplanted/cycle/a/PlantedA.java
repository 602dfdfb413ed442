package eu.eucaim.workstation.app.archplanted.cycle.a;

import eu.eucaim.workstation.app.archplanted.cycle.b.PlantedB;

/** One half of a package cycle. */
public final class PlantedA {
    public PlantedB next() {
        return new PlantedB();
    }
}
