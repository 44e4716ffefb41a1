package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.files.AtomicFiles;
import io.jenkins.plugins.planb.core.report.PlanbMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb metrics [-o FILE]}: every configured host's state in Prometheus' text format, for
 * node_exporter's textfile collector. It reads each host's {@code summary.json} and nothing else
 * (no storage listing), so it stays fast for a thousand hosts and can run from cron every minute.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Print every host's state in Prometheus' text format (for node_exporter's textfile collector).",
            "Reads only the run records' summaries; no storage listing."})
final class MetricsCommand implements Callable<Integer> {

    /**
     * node_exporter usually runs as its own user: the file must be readable by it whatever the
     * umask of the cron job that writes it. It holds host names and states, nothing secret.
     */
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    @ParentCommand
    PlanbCli cli;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Write FILE atomically (a temporary file next to it, then a rename), as the textfile",
                "collector needs: it must never read half a file. Name it *.prom. Default: stdout."})
    Path output;

    @Override
    public Integer call() throws ConfigException, UsageException, IOException {
        if (output != null) {
            checkOutput();
        }
        Engine engine = new Engine(cli.loadConfig());
        String text = PlanbMetrics.render(MonitoredHosts.of(engine));
        if (output == null) {
            cli.out.print(text);
            cli.out.flush();
            return 0;
        }
        if (!output.getFileName().toString().endsWith(".prom")) {
            cli.err.println("planb: warning: -o " + output + ": node_exporter's textfile collector reads only *.prom files");
        }
        Path temporary = output.resolveSibling("." + output.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        AtomicFiles.replace(output, temporary, text, READABLE);
        return 0;
    }

    /** Refused before anything is read, so a wrong path changes nothing. */
    private void checkOutput() throws UsageException {
        if (Files.isDirectory(output)) {
            throw new UsageException("-o " + output + ": is a directory; name the file to write, e.g. "
                    + output.resolve("planb.prom"));
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("-o " + output + ": the directory " + parent + " does not exist");
        }
    }
}
