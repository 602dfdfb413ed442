package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.app.version.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code eucaim --version}: the project version (filtered into version.properties at build time) and the JVM. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "EUCAIM Workstation " + projectVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    public static String projectVersion() {
        return AppVersion.current();
    }
}
