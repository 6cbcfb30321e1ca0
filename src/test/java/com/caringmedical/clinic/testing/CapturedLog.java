package com.caringmedical.clinic.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * What the service logs while a test acts, as the lines an operator would read:
 * "logger LEVEL message | cause | cause ...". The test's own tools (HTTP client, SMTP server) are left out.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final Level previous;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private CapturedLog(Level level) {
        previous = root.getLevel();
        setLevel(Level.ALL);
        root.addHandler(this);
        root.setLevel(level);
    }

    /** Starts capturing with every logger at {@code level} or finer, until closed. */
    public static CapturedLog start(Level level) {
        return new CapturedLog(level);
    }

    /** Runs the action while capturing and returns what was logged. */
    public static List<String> during(Level level, Runnable action) {
        try (CapturedLog log = start(level)) {
            action.run();
            return log.lines();
        }
    }

    /** The lines so far; the list keeps growing while the capture is open. */
    public List<String> lines() {
        return lines;
    }

    @Override
    public void publish(LogRecord record) {
        if (isTestTool(record.getLoggerName())) {
            return;
        }
        StringBuilder line = new StringBuilder(record.getLoggerName() + " " + record.getLevel() + " ");
        line.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        if (record instanceof ExtLogRecord ext && ext.getMdc("requestId") != null) {
            line.append(" [requestId=").append(ext.getMdc("requestId")).append(']');
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(" | ").append(t);
        }
        lines.add(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.setLevel(previous);
        root.removeHandler(this);
    }

    private static boolean isTestTool(String logger) {
        return logger != null && (logger.startsWith("org.apache.http") || logger.startsWith("io.restassured")
                || logger.startsWith("com.icegreen") || logger.startsWith("org.awaitility"));
    }
}
