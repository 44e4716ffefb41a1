package io.jenkins.plugins.planb.steps;

import io.jenkins.plugins.planb.core.retention.KeptSnapshot;
import io.jenkins.plugins.planb.core.retention.RetentionPlan;
import io.jenkins.plugins.planb.core.run.RunRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The maps the Pipeline steps return to the script: plain serializable values only (strings,
 * numbers, lists), so a script may keep them across a controller restart.
 */
public final class StepResults {

    private StepResults() {}

    public static Map<String, Object> backup(RunRecord record) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("host", record.host().toString());
        result.put("outcome", record.outcome().name());
        result.put("snapshot", record.snapshot());
        result.put("dataset", record.dataset());
        result.put("rsyncExitCode", record.rsyncExitCode());
        result.put("filesTotal", record.filesTotal());
        result.put("filesTransferred", record.filesTransferred());
        result.put("bytesTransferred", record.bytesTransferred());
        result.put("durationMillis", record.durationMillis());
        result.put("destroyedSnapshots", new ArrayList<>(record.destroyedSnapshots()));
        result.put("warnings", new ArrayList<>(record.warnings()));
        result.put("datasetUsed", record.sizes().used());
        result.put("error", record.error());
        return result;
    }

    public static Map<String, Object> snapshot(String host, String dataset, String snapshot, RetentionPlan plan) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("host", host);
        result.put("dataset", dataset);
        result.put("snapshot", snapshot);
        result.put("destroyedSnapshots", new ArrayList<>(plan.destroy()));
        return result;
    }

    public static Map<String, Object> prune(String host, String dataset, RetentionPlan plan, boolean dryRun) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("host", host);
        result.put("dataset", dataset);
        result.put("dryRun", dryRun);
        List<String> kept = new ArrayList<>();
        for (KeptSnapshot each : plan.kept()) {
            kept.add(each.name());
        }
        result.put("kept", kept);
        result.put("destroyed", new ArrayList<>(plan.destroy()));
        return result;
    }

    public static Map<String, Object> snapshots(String host, String dataset, List<String> names) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("host", host);
        result.put("dataset", dataset);
        result.put("snapshots", new ArrayList<>(names));
        return result;
    }
}
