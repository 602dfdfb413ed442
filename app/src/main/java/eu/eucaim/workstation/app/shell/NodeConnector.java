package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.settings.Settings;

/** Makes a {@link NodeLink} for the node the settings name. Blocking (may start a node); never on the FX thread. */
@FunctionalInterface
public interface NodeConnector {
    NodeLink connect(Settings settings);
}
