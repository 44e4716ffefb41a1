package io.jenkins.plugins.planb.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.report.Units;
import io.jenkins.plugins.planb.core.restore.ItemCounts;
import io.jenkins.plugins.planb.core.restore.RestoreItem;
import io.jenkins.plugins.planb.core.restore.RestorePath;
import io.jenkins.plugins.planb.core.restore.RestoreRefused;
import io.jenkins.plugins.planb.core.restore.RestoreRequest;
import io.jenkins.plugins.planb.core.restore.RestoreResult;
import io.jenkins.plugins.planb.core.restore.RestoreTarget;
import io.jenkins.plugins.planb.core.restore.Restorer;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb restore GROUP/HOST --snapshot NAME [--path PATH] (--to DIR | --to-host
 * [--to-host-path DIR] [--overwrite]) [--dry-run] [--json]}: copies a snapshot, or one file or
 * directory in it, into an empty directory here or back onto the host ({@link Restorer}).
 *
 * <p>Exit codes: 0 done, 3 partial (rsync 23/24: some items not written, its errors on stderr),
 * 1 failed, 2 a wrong argument or unknown host, snapshot or path (nothing written), 4 the host
 * is being backed up.
 *
 * <p>JSON: {@code {"host","snapshot","path","source","destination","toHost","overwrite","dryRun",
 * "outcome","rsyncExitCode","error","written":{…},"replaced","updated","kept","bytes","items":[…],"notes":[…]}};
 * {@code items} (the plan, {@code {"change","type","path","attributes"}}) only in a dry run.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Copy a snapshot, or one file or directory in it, into an empty directory here (--to) or back "
                + "onto the host (--to-host), keeping what a backup keeps.",
            "On the host nothing that exists is changed without --overwrite; nothing is ever deleted."})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    PlanbCli cli;

    @Parameters(paramLabel = "GROUP/HOST")
    String host;

    @Option(names = "--snapshot", required = true, paramLabel = "NAME", description = "The snapshot ('planb snapshots' lists them).")
    String snapshot;

    @Option(names = "--path", paramLabel = "PATH",
            description = "Only this file or directory: relative to the host's root, or absolute below it.")
    String path;

    @Option(names = "--to", paramLabel = "DIR", description = "Into this directory here; it must be empty or not exist yet.")
    Path to;

    @Option(names = "--to-host", description = "Back onto the host, over ssh as a backup connects.")
    boolean toHost;

    @Option(names = "--to-host-path", paramLabel = "DIR",
            description = "With --to-host: into this directory on the host instead of the original place.")
    String toHostPath;

    @Option(names = "--overwrite", description = "With --to-host: replace existing files (default: leave them alone).")
    boolean overwrite;

    @Option(names = "--dry-run", description = "List what would be written; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws ConfigException, UsageException, StorageException, IOException, InterruptedException {
        RestoreTarget target = target(to, toHost, toHostPath, overwrite);
        Engine engine = new Engine(cli.loadConfig());
        HostSpec spec = engine.host(host);
        RestoreRequest request = request(spec, snapshot, path, target, overwrite, dryRun);
        Restorer restorer = new Restorer(engine.storage(), engine.runner(), engine.locks());
        RestoreResult result;
        try (InterruptOnShutdown shutdown = InterruptOnShutdown.install()) {
            result = restorer.restore(request, new ConsoleRunLog(cli.err, false));
            shutdown.finish(result.outcome().exitCode());
        } catch (RestoreRefused e) {
            throw new UsageException(e.getMessage());
        }
        if (result.outcome() == Outcome.SKIPPED) {
            cli.err.println("planb: " + result.error());
        }
        if (json) {
            cli.out.println(toJson(request, result));
        } else if (result.outcome() != Outcome.SKIPPED) {
            printHuman(request, result, cli.out);
        }
        return result.outcome().exitCode();
    }

    /** Where to, from the options; every rule that needs no configuration checked here. */
    static RestoreTarget target(Path to, boolean toHost, String toHostPath, boolean overwrite) throws UsageException {
        if (to != null && toHost) {
            throw new UsageException("--to and --to-host exclude each other: restore here or onto the host");
        }
        if (to == null && !toHost) {
            throw new UsageException("give --to DIR (an empty or new directory here) or --to-host (back onto the host)");
        }
        if (toHostPath != null && !toHost) {
            throw new UsageException("--to-host-path: only with --to-host");
        }
        if (overwrite && !toHost) {
            throw new UsageException("--overwrite: only with --to-host; --to needs an empty directory, so there is "
                    + "nothing to overwrite");
        }
        try {
            return toHost ? new RestoreTarget.OnHost(toHostPath) : new RestoreTarget.LocalDirectory(to.toAbsolutePath());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static RestoreRequest request(HostSpec host, String snapshot, String path, RestoreTarget target, boolean overwrite,
            boolean dryRun) throws UsageException {
        try {
            return new RestoreRequest(host, snapshot, RestorePath.parse("--path", path, host.root()), target, overwrite,
                    dryRun);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static void printHuman(RestoreRequest request, RestoreResult result, PrintStream out) {
        out.println("from  " + result.source());
        out.println("into  " + result.destination());
        for (RestoreItem item : result.items()) {
            out.println(item.describe());
        }
        ItemCounts counts = result.counts();
        String data = result.bytes() >= 0 ? "; " + Units.bytes(result.bytes()) + " of file data" : "";
        if (request.dryRun()) {
            out.println("dry run, nothing written; it would write: " + counts.describe() + data);
            return;
        }
        StringBuilder line = new StringBuilder(result.outcome().name()).append(": ");
        if (counts.written() == 0 && result.outcome() != Outcome.SUCCESS) {
            line.append("nothing written");
        } else if (counts.equals(ItemCounts.NONE)) {
            line.append("nothing to write");
        } else {
            line.append(counts.describe()).append(data).append(" written");
        }
        if (result.error() != null) {
            line.append("; ").append(result.error());
        }
        out.println(line);
    }

    static String toJson(RestoreRequest request, RestoreResult result) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("host", request.host().id().toString());
            json.writeStringField("snapshot", request.snapshot());
            json.writeStringField("path", request.path().relative());
            json.writeStringField("source", result.source());
            json.writeStringField("destination", result.destination());
            json.writeBooleanField("toHost", request.target() instanceof RestoreTarget.OnHost);
            json.writeBooleanField("overwrite", request.overwrite());
            json.writeBooleanField("dryRun", request.dryRun());
            json.writeStringField("outcome", result.outcome().name());
            json.writeNumberField("rsyncExitCode", result.rsyncExitCode());
            json.writeStringField("error", result.error());
            ItemCounts counts = result.counts();
            json.writeObjectFieldStart("written");
            json.writeNumberField("files", counts.files());
            json.writeNumberField("directories", counts.directories());
            json.writeNumberField("symlinks", counts.symlinks());
            json.writeNumberField("hardLinks", counts.hardLinks());
            json.writeNumberField("other", counts.other());
            json.writeEndObject();
            json.writeNumberField("replaced", counts.replaced());
            json.writeNumberField("updated", counts.updated());
            json.writeNumberField("kept", counts.kept());
            json.writeNumberField("bytes", result.bytes());
            if (request.dryRun()) {
                json.writeArrayFieldStart("items");
                for (RestoreItem item : result.items()) {
                    json.writeStartObject();
                    json.writeStringField("change", item.change().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                    json.writeStringField("type", item.kind().word());
                    json.writeStringField("path", item.path());
                    json.writeArrayFieldStart("attributes");
                    for (String attribute : item.attributes()) {
                        json.writeString(attribute);
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("notes");
            for (String note : result.notes()) {
                json.writeString(note);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return text.toString();
    }
}
