package io.jenkins.plugins.planb.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.report.Units;
import io.jenkins.plugins.planb.core.restore.RestorePath;
import io.jenkins.plugins.planb.core.restore.RestoreRefused;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.Timestamps;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.core.versions.PathHistory;
import io.jenkins.plugins.planb.core.versions.PathVersion;
import io.jenkins.plugins.planb.core.versions.VersionSpan;
import io.jenkins.plugins.planb.core.versions.VersionTimeline;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb history GROUP/HOST PATH [--json]}: the versions of one file or directory across
 * the host's snapshots, oldest first, read from the snapshots themselves ({@link PathHistory}).
 *
 * <p>JSON: {@code {"host","path","snapshots","versions","timeline":[{"change","snapshot","takenAt",
 * "lastSnapshot","snapshots","type","size","modified","sha256","entries","treeDigest","linkTarget","unreadable"}]}};
 * the version's fields are {@code null} in a span where the path does not exist.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Show the versions of one file or directory across a host's snapshots, oldest first.",
            "Consecutive snapshots with the same version are one line; deletions and re-creations are marked."})
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    PlanbCli cli;

    @Parameters(index = "0", paramLabel = "GROUP/HOST")
    String host;

    @Parameters(index = "1", paramLabel = "PATH",
            description = "Relative to the host's root, or absolute below it.")
    String path;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws ConfigException, UsageException, StorageException, IOException, InterruptedException {
        Engine engine = new Engine(cli.loadConfig());
        HostSpec spec = engine.host(host);
        RestorePath wanted;
        try {
            wanted = RestorePath.parse("PATH", path, spec.root());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Optional<PathHistory.Result> result;
        try {
            result = new PathHistory(engine.storage(), engine.locks()).read(spec.id(), wanted,
                    new ConsoleRunLog(cli.err, false));
        } catch (RestoreRefused e) {
            throw new UsageException(e.getMessage());
        }
        if (result.isEmpty()) {
            cli.err.println("planb: " + spec.id() + " is being backed up; ask again later");
            return Outcome.SKIPPED.exitCode();
        }
        if (json) {
            cli.out.println(toJson(result.get()));
        } else {
            printHuman(result.get(), cli.out);
        }
        return 0;
    }

    static void printHuman(PathHistory.Result result, PrintStream out) {
        long versions = VersionTimeline.versions(result.spans());
        out.println(result.host() + ": " + (result.path().isWhole() ? "the whole tree" : result.path().relative()) + ", "
                + versions + (versions == 1 ? " version" : " versions") + " in " + result.snapshots()
                + (result.snapshots() == 1 ? " snapshot" : " snapshots") + ", oldest first");
        int width = result.spans().stream().mapToInt(s -> s.firstSnapshot().length()).max().orElse(0);
        for (VersionSpan span : result.spans()) {
            out.println(line(span, width));
        }
    }

    static String line(VersionSpan span, int width) {
        StringBuilder line = new StringBuilder();
        line.append(String.format("%-" + width + "s  %-24s  %-10s  ", span.firstSnapshot(),
                span.firstTakenAt() == null ? "(manual)" : Timestamps.iso(span.firstTakenAt()), span.change().word()));
        if (span.present()) {
            line.append(describe(span.version()));
            if (span.snapshots() > 1) {
                line.append("  unchanged in ").append(span.snapshots()).append(" snapshots, to ").append(span.lastSnapshot());
            }
        } else {
            line.append(span.change() == VersionSpan.Change.ABSENT ? "not there yet" : "absent");
            line.append(span.snapshots() == 1 ? " in 1 snapshot" : " in " + span.snapshots() + " snapshots, to "
                    + span.lastSnapshot());
        }
        return line.toString();
    }

    static String describe(PathVersion version) {
        String modified = "modified " + Timestamps.iso(version.modified());
        String text = switch (version.type()) {
            case FILE -> "file  " + version.size() + " bytes  " + modified + "  sha256 "
                    + (version.sha256() == null ? "?" : version.sha256());
            case DIRECTORY -> "dir  " + version.entries() + (version.entries() == 1 ? " entry, " : " entries, ")
                    + Units.bytes(version.size()) + "  " + modified + "  tree " + version.treeDigest().substring(0, 16);
            case SYMLINK -> "symlink -> " + version.linkTarget() + "  " + modified;
            case SPECIAL -> "special (FIFO, socket or device)  " + modified;
        };
        return version.unreadable() == null ? text : text + "  (" + version.unreadable() + ")";
    }

    static String toJson(PathHistory.Result result) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("host", result.host().toString());
            json.writeStringField("path", result.path().relative());
            json.writeNumberField("snapshots", result.snapshots());
            json.writeNumberField("versions", VersionTimeline.versions(result.spans()));
            json.writeArrayFieldStart("timeline");
            for (VersionSpan span : result.spans()) {
                json.writeStartObject();
                json.writeStringField("change", span.change().name().toLowerCase(java.util.Locale.ROOT));
                json.writeStringField("snapshot", span.firstSnapshot());
                json.writeStringField("takenAt", span.firstTakenAt() == null ? null : Timestamps.iso(span.firstTakenAt()));
                json.writeStringField("lastSnapshot", span.lastSnapshot());
                json.writeNumberField("snapshots", span.snapshots());
                PathVersion version = span.version();
                json.writeStringField("type", version == null ? null : version.type().name().toLowerCase(java.util.Locale.ROOT));
                if (version == null) {
                    json.writeNullField("size");
                    json.writeNullField("modified");
                } else {
                    json.writeNumberField("size", version.size());
                    json.writeStringField("modified", Timestamps.iso(version.modified()));
                }
                json.writeStringField("sha256", version == null ? null : version.sha256());
                if (version == null || version.entries() < 0) {
                    json.writeNullField("entries");
                } else {
                    json.writeNumberField("entries", version.entries());
                }
                json.writeStringField("treeDigest", version == null ? null : version.treeDigest());
                json.writeStringField("linkTarget", version == null ? null : version.linkTarget());
                json.writeStringField("unreadable", version == null ? null : version.unreadable());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return text.toString();
    }
}
