package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.history.RunRecordStore;
import io.jenkins.plugins.planb.core.report.MonitoredHost;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Every configured host with its summary from the run records: one small file per host, no storage listing. */
final class MonitoredHosts {

    private MonitoredHosts() {}

    static List<MonitoredHost> of(Engine engine) throws IOException {
        RunRecordStore records = engine.records();
        List<MonitoredHost> hosts = new ArrayList<>();
        for (HostSpec host : engine.config().hosts()) {
            hosts.add(new MonitoredHost(host.id(), host.enabled(), records.summary(host.id())));
        }
        return hosts;
    }
}
