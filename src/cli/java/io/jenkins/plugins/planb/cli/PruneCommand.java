package io.jenkins.plugins.planb.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.retention.RetentionPlan;
import io.jenkins.plugins.planb.core.retention.RetentionPlanner;
import io.jenkins.plugins.planb.core.run.HostLock;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb prune GROUP/HOST [--dry-run] [--json]}: applies the host's retention policy to
 * its snapshots now. It takes the host's lock, so it never runs beside a backup of that host
 * (exit 4 if one runs).
 *
 * <p>JSON: {@code {"host":…,"policy":…,"dryRun":bool,"keep":[{"name":…,"reasons":[…]}],"destroy":[…]}};
 * {@code destroy} lists what was (or, with {@code --dry-run}, would be) destroyed.
 */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "Destroy the snapshots the host's retention policy gives up (manual ones never).")
final class PruneCommand implements Callable<Integer> {

    @ParentCommand
    PlanbCli cli;

    @Parameters(paramLabel = "GROUP/HOST")
    String host;

    @Option(names = "--dry-run", description = "Show the plan, destroy nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws ConfigException, UsageException, StorageException, IOException, InterruptedException {
        Engine engine = new Engine(cli.loadConfig());
        HostSpec spec = engine.host(host);
        Optional<HostLock> lock = engine.locks().tryLock(spec.id());
        if (lock.isEmpty()) {
            cli.err.println("planb: " + spec.id() + " is being backed up; prune it later");
            return Outcome.SKIPPED.exitCode();
        }
        try (HostLock held = lock.get()) {
            RetentionPlan plan = RetentionPlanner.plan(engine.storage().listSnapshots(spec.id()), spec.retention());
            if (!dryRun && !plan.destroy().isEmpty()) {
                cli.err.println(spec.id() + ": destroying " + plan.destroy().size() + " snapshots");
                engine.storage().destroySnapshots(spec.id(), plan.destroy());
            }
            if (json) {
                cli.out.println(toJson(spec, plan));
            } else {
                PlanOutput.printHuman(plan, dryRun ? "would destroy" : "destroyed", cli.out);
            }
        }
        return 0;
    }

    private String toJson(HostSpec spec, RetentionPlan plan) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("host", spec.id().toString());
            json.writeStringField("policy", spec.retention().toString());
            json.writeBooleanField("dryRun", dryRun);
            PlanOutput.writeFields(plan, json);
            json.writeEndObject();
        }
        return text.toString();
    }
}
