package io.jenkins.plugins.planb.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.run.Timestamps;
import io.jenkins.plugins.planb.core.storage.SnapshotName;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb snapshots GROUP/HOST [--json]}: the host's snapshots, oldest first.
 *
 * <p>JSON: {@code {"host":…,"dataset":…,"snapshots":[{"name":…,"takenAt":…|null,"manual":bool}]}};
 * {@code takenAt} is the time in a PlanB name, null for a manual snapshot.
 */
@Command(name = "snapshots", mixinStandardHelpOptions = true,
        description = "List a host's snapshots, oldest first; manual ones are marked.")
final class SnapshotsCommand implements Callable<Integer> {

    @ParentCommand
    PlanbCli cli;

    @Parameters(paramLabel = "GROUP/HOST")
    String host;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws ConfigException, UsageException, StorageException, IOException, InterruptedException {
        Engine engine = new Engine(cli.loadConfig());
        print(engine, engine.host(host), json, cli.out);
        return 0;
    }

    static void print(Engine engine, HostSpec host, boolean json, PrintStream out)
            throws StorageException, IOException, InterruptedException {
        List<String> names = engine.storage().listSnapshots(host.id());
        String dataset = engine.storage().datasetName(host.id());
        if (json) {
            out.println(toJson(host, dataset, names));
            return;
        }
        if (names.isEmpty()) {
            out.println(host.id() + ": no snapshots in " + dataset);
        }
        for (String name : names) {
            out.println(SnapshotName.isOwn(name) ? name : name + "  (manual)");
        }
    }

    static String toJson(HostSpec host, String dataset, List<String> names) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("host", host.id().toString());
            json.writeStringField("dataset", dataset);
            json.writeArrayFieldStart("snapshots");
            for (String name : names) {
                Optional<Instant> takenAt = SnapshotName.parse(name);
                json.writeStartObject();
                json.writeStringField("name", name);
                if (takenAt.isPresent()) {
                    json.writeStringField("takenAt", Timestamps.iso(takenAt.get()));
                } else {
                    json.writeNullField("takenAt");
                }
                json.writeBooleanField("manual", takenAt.isEmpty());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return text.toString();
    }
}
