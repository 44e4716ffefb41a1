package io.jenkins.plugins.planb.core.transport;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.TransportKind;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Host specs for unit tests. */
final class TransportFixtures {

    private TransportFixtures() {}

    static HostSpec ssh(String address, int port, boolean sudo, boolean ionice) {
        return new HostSpec(
                new HostId("acme", "web01"),
                TransportKind.SSH,
                address,
                port,
                "remotebackup",
                Path.of("/var/lib/planb/.ssh/id_ed25519"),
                Path.of("/var/lib/planb/known_hosts"),
                sudo,
                ionice,
                "/",
                List.of("etc", "var/www"),
                List.of("var/www/cache"),
                true,
                RetentionPolicy.parse("2y,12m,4w,16d"),
                Duration.ofSeconds(600),
                Duration.ofSeconds(20));
    }

    static HostSpec withPaths(HostSpec host, Path identity, Path knownHosts) {
        return new HostSpec(host.id(), host.transport(), host.address(), host.port(), host.user(), identity, knownHosts,
                host.sudo(), host.ionice(), host.root(), host.include(), host.exclude(), host.enabled(), host.retention(),
                host.ioTimeout(), host.connectTimeout());
    }

    static HostSpec withAddress(HostSpec host, String address) {
        return new HostSpec(host.id(), host.transport(), address, host.port(), host.user(), host.identityFile(),
                host.knownHostsFile(), host.sudo(), host.ionice(), host.root(), host.include(), host.exclude(),
                host.enabled(), host.retention(), host.ioTimeout(), host.connectTimeout());
    }

    static HostSpec withUser(HostSpec host, String user) {
        return new HostSpec(host.id(), host.transport(), host.address(), host.port(), user, host.identityFile(),
                host.knownHostsFile(), host.sudo(), host.ionice(), host.root(), host.include(), host.exclude(),
                host.enabled(), host.retention(), host.ioTimeout(), host.connectTimeout());
    }

    static HostSpec local(String root, boolean ionice, List<String> include, List<String> exclude) {
        return new HostSpec(
                new HostId("acme", "storage"),
                TransportKind.LOCAL,
                null,
                22,
                "root",
                null,
                null,
                false,
                ionice,
                root,
                include,
                exclude,
                true,
                RetentionPolicy.parse("16d"),
                Duration.ofSeconds(600),
                Duration.ofSeconds(20));
    }
}
