package eu.eucaim.workstation.app.archplanted.viewer.engine;

import javafx.scene.paint.Color;

/** Breaks the engine rule: JavaFX in the viewer's engine. */
public final class PlantedEngine {
    public Object background() {
        return Color.BLACK;
    }
}
