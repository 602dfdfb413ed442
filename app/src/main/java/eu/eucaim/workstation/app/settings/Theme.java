package eu.eucaim.workstation.app.settings;

/** The AtlantaFX Primer theme variant. */
public enum Theme {
    LIGHT,
    DARK
}
