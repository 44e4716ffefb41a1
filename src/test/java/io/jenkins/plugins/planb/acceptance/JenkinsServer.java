package io.jenkins.plugins.planb.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One real Jenkins process: {@code java -jar jenkins.war} on 127.0.0.1 with a given
 * {@code JENKINS_HOME}, its stdout and stderr captured in a log file, stopped on request or, at
 * the latest, when the test ends. Also reads that log for what the acceptance test forbids.
 */
final class JenkinsServer implements AutoCloseable {

    /** Records begin with Jenkins' log header: {@code 2026-12-04 23:39:50.511+0000 [id=58]\tSEVERE\t…}. */
    private static final Pattern RECORD_START = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d[.,]\\d+\\S* \\[id=\\d+\\]\\s+(\\w+)\\s");
    private static final Pattern SEVERE = Pattern.compile("\\bSEVERE\\b");
    /** A stack frame or exception text that names one of the plugin's classes. */
    private static final Pattern PLANB_CLASS = Pattern.compile("io\\.jenkins\\.plugins\\.planb\\.");
    private static final Pattern STACK_LINE = Pattern.compile("^\\s+at \\S|^\\s*Caused by: |^\\s*[\\w.$]+(Exception|Error)(: |$)|^\\s+\\.\\.\\. \\d+ more");
    /** The class (or logger) of a record's header, as Jenkins' log formatter abbreviates it: {@code i.j.p.p.item.BackupHost}. */
    private static final Pattern SOURCE = Pattern.compile("^\\S+ \\S+ \\[id=\\d+\\]\\s+\\w+\\s+([^\\s#:]+)");

    private final Path war;
    private final Path home;
    private final Path log;
    private final int port;
    private Process process;

    JenkinsServer(Path war, Path home, Path log, int port) {
        this.war = war;
        this.home = home;
        this.log = log;
        this.port = port;
    }

    /** A port nobody listens on now, on 127.0.0.1. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Starts Jenkins; the caller waits for it to answer. */
    void start() throws IOException {
        Path java = Path.of(System.getenv().getOrDefault("JENKINS_JAVA",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        List<String> argv = new ArrayList<>(List.of(
                java.toString(),
                "-Xmx1g",
                "-Djava.awt.headless=true",
                "-DJENKINS_HOME=" + home,
                "-Djenkins.install.runSetupWizard=false",
                // An offline test machine: no update site or metadata downloads, whose failure is logged as SEVERE.
                "-Dhudson.model.UpdateCenter.never=true",
                "-Dhudson.model.DownloadService.never=true",
                "-Dhudson.model.UsageStatistics.disabled=true",
                // Nothing but the web server on 127.0.0.1: no inbound agent (TCP) port.
                "-Djenkins.model.Jenkins.slaveAgentPort=-1",
                "-Djenkins.model.Jenkins.slaveAgentPortEnforce=true",
                "--enable-native-access=ALL-UNNAMED",
                "-jar", war.toString(),
                "--httpListenAddress=127.0.0.1",
                "--httpPort=" + port,
                "--httpsPort=-1",
                "--http2Port=-1",
                "--webroot=" + home.resolve("war")));
        ProcessBuilder builder = new ProcessBuilder(argv)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JENKINS_HOME", home.toString());
        // The storage agent's tools (zfs lives in /usr/sbin on Debian).
        builder.environment().merge("PATH", "/usr/local/sbin:/usr/sbin:/sbin", (a, b) -> a + ":" + b);
        Files.writeString(log, "=== acceptance: " + String.join(" ", argv) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        process = builder.start();
    }

    /** Waits for the process to end by itself (after {@code /safeExit}); false on timeout. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process == null || process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Ends the process and everything it started (rsync of a running build), politely first:
     * SIGTERM lets Jenkins shut down cleanly (its shutdown hook persists the queue), then SIGKILL.
     */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        for (ProcessHandle child : children) {
            child.destroyForcibly();
        }
    }

    /** The whole log so far. */
    String logText() {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The log records the test forbids: any {@code SEVERE} record, any stack trace that names a
     * plugin class, and any WARNING the plugin itself logs. Each is returned as its lines.
     */
    static List<String> forbiddenRecords(String logText, Set<String> pluginClasses) {
        List<String> bad = new ArrayList<>();
        List<String> record = new ArrayList<>();
        for (String line : logText.split("\n", -1)) {
            if (RECORD_START.matcher(line).find() && !record.isEmpty()) {
                judge(record, bad, pluginClasses);
                record = new ArrayList<>();
            }
            record.add(line);
        }
        judge(record, bad, pluginClasses);
        return bad;
    }

    private static void judge(List<String> record, List<String> bad, Set<String> pluginClasses) {
        if (record.isEmpty()) {
            return;
        }
        String header = record.get(0);
        var start = RECORD_START.matcher(header);
        String level = start.find() ? start.group(1) : "";
        boolean severe = "SEVERE".equals(level) || (level.isEmpty() && SEVERE.matcher(header).find());
        boolean planbTrace = false;
        for (String line : record) {
            if (STACK_LINE.matcher(line).find() && PLANB_CLASS.matcher(line).find()) {
                planbTrace = true;
            }
            if (!severe && SEVERE.matcher(line).find() && !line.startsWith("\t")) {
                // a SEVERE line printed outside java.util.logging's header
                severe = true;
            }
        }
        Matcher source = SOURCE.matcher(header);
        boolean planbWarning = "WARNING".equals(level) && source.find() && isPluginClass(source.group(1), pluginClasses);
        if (severe || planbTrace || planbWarning) {
            bad.add(String.join("\n", record.subList(0, Math.min(record.size(), 15)))
                    + (record.size() > 15 ? "\n\t... " + (record.size() - 15) + " more lines" : ""));
        }
    }

    /**
     * Whether the header's class name is one of the plugin's classes, written in full or with its
     * leading packages shortened to their initials as the formatter does ({@code i.j.p.p.item.BackupHost}).
     */
    static boolean isPluginClass(String shown, Set<String> pluginClasses) {
        if (shown.startsWith("io.jenkins.plugins.planb.")) {
            return true;
        }
        String[] parts = shown.split("\\.");
        for (String name : pluginClasses) {
            String[] full = name.split("\\.");
            if (full.length != parts.length) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < parts.length && match; i++) {
                match = i == parts.length - 1 ? full[i].equals(parts[i]) : full[i].startsWith(parts[i]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** Lines of the log that contain {@code needle}, for messages. */
    List<String> linesContaining(String needle) {
        return logText().lines().filter(line -> line.contains(needle)).toList();
    }

    static String now() {
        return Instant.now().toString();
    }
}
