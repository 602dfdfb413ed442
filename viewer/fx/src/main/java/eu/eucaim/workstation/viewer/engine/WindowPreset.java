package eu.eucaim.workstation.viewer.engine;

import java.util.List;

/**
 * A named window for a modality. Key 1 is always the image's own window; keys 2..9 are the modality's presets.
 * CT values are the usual radiology teaching values in HU (level/width).
 */
public record WindowPreset(String name, WindowLevel window) {

    public static final List<WindowPreset> CT = List.of(
            new WindowPreset("Brain", new WindowLevel(40, 80)),
            new WindowPreset("Subdural", new WindowLevel(75, 215)),
            new WindowPreset("Stroke", new WindowLevel(40, 40)),
            new WindowPreset("Lung", new WindowLevel(-600, 1500)),
            new WindowPreset("Mediastinum", new WindowLevel(50, 350)),
            new WindowPreset("Abdomen", new WindowLevel(40, 400)),
            new WindowPreset("Liver", new WindowLevel(60, 160)),
            new WindowPreset("Bone", new WindowLevel(400, 1800)));

    /** Presets offered for a modality (keys 2..9); other modalities only have the image's window and full range. */
    public static List<WindowPreset> forModality(String modality) {
        return "CT".equalsIgnoreCase(modality) ? CT : List.of();
    }
}
