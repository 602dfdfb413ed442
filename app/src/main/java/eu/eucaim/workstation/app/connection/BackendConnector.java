package eu.eucaim.workstation.app.connection;

import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.app.settings.Settings;

/** Makes the {@link Backend} the settings name. Blocking (may start a node); never on the FX thread. */
@FunctionalInterface
public interface BackendConnector {
    Backend connect(Settings settings);
}
