package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.GroupSpec;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ProcessCommandRunner;
import io.jenkins.plugins.planb.core.run.BackupRunner;
import io.jenkins.plugins.planb.core.run.HostLock;
import io.jenkins.plugins.planb.core.run.RunLog;
import io.jenkins.plugins.planb.core.history.RunRecordStore;
import io.jenkins.plugins.planb.core.run.TransferSteps;
import io.jenkins.plugins.planb.core.storage.Storage;
import io.jenkins.plugins.planb.core.storage.Storages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The engine wired for this machine: local processes, the configured storage, run records in stateDir. */
final class Engine {

    private final PlanbConfig config;
    private final CommandRunner runner;
    private Storage storage;

    Engine(PlanbConfig config) {
        this(config, new ProcessCommandRunner());
    }

    Engine(PlanbConfig config, CommandRunner runner) {
        this.config = config;
        this.runner = runner;
    }

    PlanbConfig config() {
        return config;
    }

    CommandRunner runner() {
        return runner;
    }

    Storage storage() {
        if (storage == null) {
            storage = Storages.forConfig(config, runner);
        }
        return storage;
    }

    RunRecordStore records() {
        return new RunRecordStore(config.stateDir());
    }

    HostLock.Factory locks() {
        return HostLock.inStateDir(config.stateDir());
    }

    BackupRunner backupRunner(RunLog log) {
        RunRecordStore records = records();
        return new BackupRunner(storage(), runner, TransferSteps.RSYNC, locks(), records::save, log,
                Clock.systemUTC());
    }

    /** The configured host {@code GROUP/HOST}. */
    HostSpec host(String text) throws UsageException {
        HostId id;
        try {
            id = HostId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return config.host(id).orElseThrow(() -> new UsageException(
                "unknown host '" + id + "': not in the configuration (" + known(id) + ")"));
    }

    /** The hosts named, each once, in the order given; all of them checked before any runs. */
    List<HostSpec> hosts(List<String> texts) throws UsageException {
        Set<HostSpec> hosts = new LinkedHashSet<>();
        for (String text : texts) {
            hosts.add(host(text));
        }
        return new ArrayList<>(hosts);
    }

    /** What exists instead of {@code wanted}: the group's hosts, or the groups when the group is unknown too. */
    private String known(HostId wanted) {
        List<String> names = config.hosts().stream().map(h -> h.id().toString()).toList();
        if (names.isEmpty()) {
            return "it has no hosts";
        }
        if (names.size() <= 10) {
            return "known: " + String.join(", ", names);
        }
        Optional<GroupSpec> group = config.groups().stream().filter(g -> g.name().equals(wanted.group())).findFirst();
        if (group.isEmpty()) {
            List<String> groups = config.groups().stream().map(GroupSpec::name).toList();
            return "no group '" + wanted.group() + "'; " + (groups.size() <= 20
                    ? "groups: " + String.join(", ", groups) : groups.size() + " groups known");
        }
        List<String> hosts = group.get().hosts().stream().map(h -> h.id().host()).toList();
        return "group " + wanted.group() + " has " + (hosts.size() <= 20 ? String.join(", ", hosts)
                : hosts.size() + " hosts");
    }
}
