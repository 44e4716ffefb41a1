package io.jenkins.plugins.planb.exec;

import hudson.EnvVars;
import hudson.model.Computer;
import hudson.model.Label;
import hudson.model.Node;
import hudson.model.TaskListener;
import java.io.IOException;
import jenkins.model.Jenkins;

/**
 * The storage agent for work that is no build: the host key scan, the snapshot listing of a
 * host page, a prune. Such work runs on an online node of the host's storage label, an agent
 * before the built-in node (which should carry the label only when it alone is the storage
 * machine), with the environment a build there would get from the node's settings.
 */
public final class StorageAgents {

    private StorageAgents() {}

    /** An online node with {@code labelExpression}, agents first; {@code null} when none is online. */
    public static Node online(String labelExpression) {
        Label label = Label.get(labelExpression);
        if (label == null) {
            return null;
        }
        Node builtIn = null;
        for (Node node : label.getNodes()) {
            Computer computer = node.toComputer();
            if (computer == null || !computer.isOnline()) {
                continue;
            }
            if (node == Jenkins.get()) {
                builtIn = node;
            } else {
                return node;
            }
        }
        return builtIn;
    }

    /** How the page names a node: the built-in node has an empty name. */
    public static String name(Node node) {
        return node.getNodeName().isEmpty() ? "built-in" : node.getNodeName();
    }

    /**
     * The node's environment as a build would see it: the agent's own variables with the global
     * and node properties (such as {@code PATH+SBIN=/usr/sbin}, so {@code zfs} is found) applied.
     */
    public static EnvVars environment(Node node, TaskListener listener) throws IOException, InterruptedException {
        Computer computer = node.toComputer();
        if (computer == null) {
            throw new IOException("the node " + name(node) + " is gone");
        }
        EnvVars env = computer.getEnvironment();
        env.overrideExpandingAll(computer.buildEnvironment(listener));
        return env;
    }

    /** Runs the engine's commands on {@code node}, with its {@link #environment}. */
    public static LauncherCommandRunner runner(Node node, TaskListener listener)
            throws IOException, InterruptedException {
        return new LauncherCommandRunner(node.createLauncher(listener), listener, null, environment(node, listener));
    }
}
