package eu.eucaim.workstation.app.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's log: everything from INFO up goes to {@code <data folder>/logs/eucaim.log}, rolled at 5 MB with
 * three older files kept (at most 20 MB), while the terminal gets warnings and errors only (logback.xml). One
 * process writes it: the single instance of the desktop app.
 */
public final class LogFile {
    public static final String NAME = "eucaim.log";
    static final String APPENDER = "FILE";
    private static final FileSize ROLL_AT = FileSize.valueOf("5MB");
    private static final int KEEP = 3;

    private LogFile() {}

    /** Starts logging to {@code dataDir}/logs; returns the file. Harmless when called again. */
    public static Path install(Path dataDir) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("logs"));
        Path file = dir.resolve(NAME);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return file; // another SLF4J provider (tests of other modules): it decides where logs go
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) instanceof RollingFileAppender<ILoggingEvent> current) {
            if (file.toString().equals(current.getFile())) {
                return file;
            }
            uninstall(); // another data folder (a second app in one JVM, as tests start them): log there now
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(dir.resolve("eucaim.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEEP);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(ROLL_AT);
        trigger.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36}: %msg%n");
        encoder.start();
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        return file;
    }

    /** Stops logging to the file (tests: the folder goes away after them). */
    static void uninstall() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            if (root.getAppender(APPENDER) != null) {
                root.getAppender(APPENDER).stop();
                root.detachAppender(APPENDER);
            }
        }
    }
}
