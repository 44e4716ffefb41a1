package io.jenkins.plugins.planb.monitor;

import hudson.EnvVars;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.AsyncPeriodicWork;
import hudson.model.Computer;
import hudson.model.Label;
import hudson.model.Node;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.planb.core.storage.SpaceProbe;
import io.jenkins.plugins.planb.core.storage.SpaceUsage;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.exec.LauncherCommandRunner;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/**
 * Every 10 minutes, asks each online node that carries a storage label in use how full its
 * storage is ({@code zpool list} or {@code df}, run on the node through its launcher, with the
 * environment a build there gets, so {@code PATH+SBIN=/usr/sbin} finds {@code zpool}), and hands
 * the readings to {@link StorageSpaceMonitor}. Offline nodes are skipped; a check that fails is
 * kept as a reading with its reason and logged once per change of reason.
 */
@Extension
public final class StorageSpaceCheck extends AsyncPeriodicWork {

    private static final Logger LOGGER = Logger.getLogger(StorageSpaceCheck.class.getName());

    /** Problems already logged, per node and storage, so a broken check does not log every 10 minutes. */
    private final Set<String> loggedProblems = new HashSet<>();

    public StorageSpaceCheck() {
        super("PlanB storage space");
    }

    public static StorageSpaceCheck get() {
        return ExtensionList.lookupSingleton(StorageSpaceCheck.class);
    }

    @Override
    public long getRecurrencePeriod() {
        return TimeUnit.MINUTES.toMillis(10);
    }

    @Override
    protected void execute(TaskListener listener) throws IOException, InterruptedException {
        checkNow(listener);
    }

    /** Measures every storage in use on every online node of its label, now, on this thread, and tells the monitor. */
    public List<StorageReading> checkNow(TaskListener listener) throws InterruptedException {
        List<StorageReading> readings = check(listener);
        StorageSpaceMonitor.get().update(readings);
        return readings;
    }

    private List<StorageReading> check(TaskListener listener) throws InterruptedException {
        List<StorageReading> readings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            for (StorageTargets.Target target : StorageTargets.inUse()) {
                Label label = Label.get(target.label());
                if (label == null) {
                    continue;
                }
                for (Node node : label.getNodes()) {
                    Computer computer = node.toComputer();
                    String name = nodeName(node);
                    if (computer == null || !computer.isOnline() || !seen.add(name + "\0" + target.describe())) {
                        continue;
                    }
                    readings.add(read(node, computer, name, target, listener));
                }
            }
        }
        return readings;
    }

    private StorageReading read(Node node, Computer computer, String name, StorageTargets.Target target,
            TaskListener listener) throws InterruptedException {
        String problem;
        try {
            EnvVars environment = computer.getEnvironment();
            environment.putAll(computer.buildEnvironment(listener));
            LauncherCommandRunner runner = new LauncherCommandRunner(node.createLauncher(listener), listener, null,
                    environment);
            SpaceUsage usage = SpaceProbe.measure(target.storage(), runner);
            listener.getLogger().println(name + ": " + target.describe() + ": " + usage.capacityPercent() + " % used");
            forget(name, target);
            return new StorageReading(name, target.describe(), usage, null, Instant.now());
        } catch (StorageException | IOException | RuntimeException e) {
            problem = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        listener.getLogger().println(name + ": " + target.describe() + ": " + problem);
        synchronized (loggedProblems) {
            if (loggedProblems.add(name + "\0" + target.describe() + "\0" + problem)) {
                LOGGER.log(Level.WARNING, "PlanB: cannot tell how full {0} is on {1}: {2}",
                        new Object[] {target.describe(), name, problem});
            }
        }
        return new StorageReading(name, target.describe(), null, problem, Instant.now());
    }

    private void forget(String name, StorageTargets.Target target) {
        String prefix = name + "\0" + target.describe() + "\0";
        synchronized (loggedProblems) {
            loggedProblems.removeIf(key -> key.startsWith(prefix));
        }
    }

    private static String nodeName(Node node) {
        return node == Jenkins.get() || node.getNodeName().isEmpty() ? "built-in" : node.getNodeName();
    }
}
