package io.jenkins.plugins.planb.action;

import io.jenkins.plugins.planb.core.run.RunRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/** The environment variables a backup gives the steps and publishers after it. */
public final class PlanbEnvironment {

    public static final String HOST = "PLANB_HOST";
    public static final String DATASET = "PLANB_DATASET";
    public static final String SNAPSHOT = "PLANB_SNAPSHOT";
    public static final String OUTCOME = "PLANB_OUTCOME";
    public static final String BYTES_TRANSFERRED = "PLANB_BYTES_TRANSFERRED";

    private PlanbEnvironment() {}

    /** Every variable is always set; a missing snapshot or dataset is the empty string. */
    public static Map<String, String> variables(String host, String dataset, String snapshot, String outcome,
            long bytesTransferred) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(HOST, host);
        env.put(DATASET, dataset == null ? "" : dataset);
        env.put(SNAPSHOT, snapshot == null ? "" : snapshot);
        env.put(OUTCOME, outcome);
        env.put(BYTES_TRANSFERRED, Long.toString(Math.max(0, bytesTransferred)));
        return env;
    }

    public static Map<String, String> variables(RunRecord record) {
        return variables(record.host().toString(), record.dataset(), record.snapshot(), record.outcome().name(),
                record.bytesTransferred());
    }
}
