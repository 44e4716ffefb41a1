package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.retention.KeptSnapshot;
import io.jenkins.plugins.planb.core.retention.RetentionPlan;
import io.jenkins.plugins.planb.core.retention.RetentionPlanner;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import io.jenkins.plugins.planb.core.run.Timestamps;
import io.jenkins.plugins.planb.core.storage.SnapshotName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb retention --policy POLICY [--now TIMESTAMP] [--json]}: what a policy keeps and
 * destroys of the snapshot names given on stdin (one per line). Needs no configuration and
 * touches nothing.
 *
 * <p>Retention is anchored at the newest PlanB snapshot, not at the clock (as in the old PlanB),
 * so {@code --now} means "as of": PlanB snapshots named after that time did not exist yet. They
 * are left out of the plan and listed as kept with the reason {@value #AFTER_NOW}.
 *
 * <p>JSON: {@code {"keep":[{"name":…,"reasons":[…]}],"destroy":["name",…]}}; manual names are
 * kept with the reason {@code manual}.
 */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = {"Show what a retention policy keeps (with why) and destroys, for snapshot names on stdin.",
            "Touches nothing; needs no configuration."})
final class RetentionCommand implements Callable<Integer> {

    static final String AFTER_NOW = "after-now";

    @ParentCommand
    PlanbCli cli;

    @Option(names = "--policy", required = true, paramLabel = "POLICY", description = "e.g. 2y,12m,4w,16d")
    String policy;

    @Option(names = "--now", paramLabel = "TIMESTAMP",
            description = "Plan as of this ISO-8601 UTC time; later PlanB snapshots are set aside.")
    String now;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws UsageException, IOException {
        RetentionPolicy parsed;
        try {
            parsed = RetentionPolicy.parse(policy);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--policy: " + e.getMessage());
        }
        Instant asOf = null;
        if (now != null) {
            try {
                asOf = Timestamps.parse(now);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--now: " + e.getMessage());
            }
        }
        List<String> planned = new ArrayList<>();
        List<String> later = new ArrayList<>();
        for (String name : readNames()) {
            Optional<Instant> takenAt = SnapshotName.parse(name);
            if (asOf != null && takenAt.isPresent() && takenAt.get().isAfter(asOf)) {
                later.add(name);
            } else {
                planned.add(name);
            }
        }
        RetentionPlan plan;
        try {
            plan = RetentionPlanner.plan(planned, parsed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!later.isEmpty()) {
            List<KeptSnapshot> kept = new ArrayList<>(plan.kept());
            later.forEach(name -> kept.add(new KeptSnapshot(name, List.of(AFTER_NOW))));
            plan = new RetentionPlan(kept, plan.destroy());
        }
        if (json) {
            cli.out.println(plan.toJson());
        } else {
            PlanOutput.printHuman(plan, "destroy ", cli.out);
        }
        return 0;
    }

    private List<String> readNames() throws IOException {
        List<String> names = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(cli.in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String name = line.strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
