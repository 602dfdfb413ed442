package eu.eucaim.workstation.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a second JVM that runs the app's code headless, with the JavaFX options the UI tests run with
 * (the parent pom's) and this test run's class path: for tests that need the app in a process of its own, to kill
 * it or signal it.
 */
public final class HeadlessJava {
    private static final List<String> HEADLESS_PROPERTIES = List.of(
            "testfx.robot",
            "testfx.headless",
            "prism.order",
            "prism.text",
            "glass.platform",
            "monocle.platform",
            "java.awt.headless");

    private HeadlessJava() {}

    /** {@code java [jvmOptions] [headless options] -cp CLASSPATH mainClass args...}. */
    public static List<String> command(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        for (String headless : HEADLESS_PROPERTIES) {
            if (System.getProperty(headless) != null) {
                command.add("-D" + headless + "=" + System.getProperty(headless));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
