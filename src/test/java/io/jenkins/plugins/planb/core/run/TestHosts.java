package io.jenkins.plugins.planb.core.run;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.TransportKind;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.time.Duration;
import java.util.List;

/** Host specs for lifecycle tests. */
public final class TestHosts {

    private TestHosts() {}

    /** A local-transport host backing up {@code root}. */
    public static HostSpec local(String groupSlashHost, String root, String retention, boolean enabled) {
        return new HostSpec(HostId.parse(groupSlashHost), TransportKind.LOCAL, "localhost", 22, "root", null, null,
                false, false, root, List.of(), List.of(), enabled, RetentionPolicy.parse(retention),
                Duration.ofMinutes(10), Duration.ofSeconds(10));
    }

    public static HostSpec local(String groupSlashHost) {
        return local(groupSlashHost, "/srv/source", "1d", true);
    }
}
