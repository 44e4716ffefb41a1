package io.jenkins.plugins.planb.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.Node;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.planb.backup.HostFields;
import io.jenkins.plugins.planb.backup.KnownHostsEntry;
import io.jenkins.plugins.planb.core.config.BuiltinDefaults;
import io.jenkins.plugins.planb.core.config.Rules;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.transport.HostKey;
import io.jenkins.plugins.planb.core.transport.HostKeys;
import io.jenkins.plugins.planb.exec.LauncherCommandRunner;
import io.jenkins.plugins.planb.exec.StorageAgents;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * How to reach one host: what only the host itself can say, never inherited. The one place
 * these fields, their checks, their form and their help live; a {@code BackupHost} item, the
 * freestyle builder and the {@code planbBackup} step each hold one.
 *
 * <p>Getters never return {@code null} or {@code 0}: objects read from XML that leaves fields
 * out (Job DSL, {@code create-job}, REST) are built without running constructors or
 * initializers, so the defaults are applied when read, not only when set.
 */
public final class HostConnection implements Describable<HostConnection> {

    private String address;
    private int port;
    private String transport;
    private String root;
    private String knownHostsEntry;

    @DataBoundConstructor
    public HostConnection() {}

    /** What the engine gets, with every default applied. */
    public HostFields toFields() {
        return new HostFields(getTransport(), getAddress(), getPort(), getRoot(), getKnownHostsEntry());
    }

    public String getAddress() {
        return address;
    }

    @DataBoundSetter
    public void setAddress(String address) {
        this.address = FormChecks.trimToNull(address);
    }

    /** The ssh port; 22 when none was given. */
    public int getPort() {
        return port <= 0 ? BuiltinDefaults.PORT : port;
    }

    @DataBoundSetter
    public void setPort(int port) {
        this.port = port;
    }

    /** {@code ssh} (the default) or {@code local}. */
    public String getTransport() {
        return transport == null ? "ssh" : transport;
    }

    @DataBoundSetter
    public void setTransport(String transport) {
        this.transport = FormChecks.trimToNull(transport);
    }

    public boolean isLocal() {
        return "local".equals(getTransport());
    }

    /** The remote directory the includes are relative to; {@code /} when none was given. */
    public String getRoot() {
        return root == null ? BuiltinDefaults.ROOT : root;
    }

    @DataBoundSetter
    public void setRoot(String root) {
        this.root = FormChecks.trimToNull(root);
    }

    public String getKnownHostsEntry() {
        return knownHostsEntry;
    }

    @DataBoundSetter
    public void setKnownHostsEntry(String knownHostsEntry) {
        this.knownHostsEntry = FormChecks.trimToNull(knownHostsEntry);
    }

    /** Checks, drop-down and "Fetch host key" of the connection form, wherever it is embedded. */
    @Extension
    @Symbol("planbConnection")
    public static final class DescriptorImpl extends Descriptor<HostConnection> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.HostConnection_DisplayName();
        }

        @POST
        public FormValidation doCheckAddress(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String transport) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.address(value, transport);
        }

        @POST
        public FormValidation doCheckPort(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.port(value);
        }

        @POST
        public FormValidation doCheckRoot(@AncestorInPath Item item, @QueryParameter String value) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            return FormChecks.optional(value, Rules::remoteRoot);
        }

        /** Readable by whoever may read the configuration, so the read-only view shows the value. */
        @POST
        public ListBoxModel doFillTransportItems(@AncestorInPath Item item) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.EXTENDED_READ);
            }
            ListBoxModel model = new ListBoxModel();
            model.add(Messages.HostConnection_TransportSsh(), "ssh");
            model.add(Messages.HostConnection_TransportLocal(), "local");
            return model;
        }

        @POST
        public FormValidation doCheckKnownHostsEntry(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String address, @QueryParameter String port, @QueryParameter String transport) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            if ("local".equals(transport)) {
                return FormValidation.ok();
            }
            if (value == null || value.isBlank()) {
                return FormValidation.warning(Messages.HostConnection_NoHostKey());
            }
            try {
                KnownHostsEntry.fileContent(value, address == null || address.isBlank() ? "host" : address,
                        parsePort(port));
                return FormValidation.ok(String.join("\n", KnownHostsEntry.fingerprints(value)));
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        /**
         * "Fetch host key": runs {@code ssh-keyscan} on an online storage agent of the item's label
         * and shows the keys with their fingerprints. Nothing is stored: the admin compares the
         * fingerprint with the host's own ({@code ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub})
         * and pastes the line into "Pinned host key". The scan opens a TCP connection from that
         * agent to the given address and port, which is why it needs Item/Configure and POST.
         */
        @POST
        public FormValidation doFetchHostKey(@AncestorInPath Item item, @QueryParameter String address,
                @QueryParameter String port) throws InterruptedException {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            if (Rules.address(address).isPresent()) {
                return FormValidation.error("address: " + Rules.address(address).get());
            }
            int portNumber = parsePort(port);
            Node agent = storageAgent(item);
            if (agent == null) {
                return FormValidation.error(Messages.HostConnection_NoAgentOnline());
            }
            try {
                LauncherCommandRunner runner = new LauncherCommandRunner(agent.createLauncher(TaskListener.NULL),
                        TaskListener.NULL, null, null);
                ExecResult scan = runner.run(HostKeys.scanCommand(address, portNumber, Duration.ofSeconds(10)));
                List<HostKey> keys = HostKeys.parseScan(scan.stdout());
                if (keys.isEmpty()) {
                    String reason = scan.firstErrorLine();
                    return FormValidation.error(Messages.HostConnection_NoKeysFound(address, portNumber, nodeName(agent),
                            reason == null || reason.isBlank() ? Messages.HostConnection_NoAnswer() : reason));
                }
                StringBuilder text = new StringBuilder(Messages.HostConnection_KeysFound(nodeName(agent)));
                for (HostKey key : keys) {
                    text.append('\n').append(key.fingerprint()).append('\n')
                            .append(HostKeys.knownHostsName(address, portNumber)).append(' ').append(key);
                }
                return FormValidation.ok(text.toString());
            } catch (IOException | RuntimeException e) {
                return FormValidation.error(Messages.HostConnection_ScanFailed(e.getMessage()));
            }
        }

        /** An online node of the item's storage label; agents first, the built-in node only when it alone has it. */
        private static Node storageAgent(Item item) {
            return StorageAgents.online(item instanceof StorageLabelled labelled ? labelled.storageLabel()
                    : SettingsResolver.DEFAULT_LABEL);
        }

        private static String nodeName(Node node) {
            return StorageAgents.name(node);
        }

        private static int parsePort(String port) {
            try {
                return port == null || port.isBlank() ? BuiltinDefaults.PORT : Integer.parseInt(port.strip());
            } catch (NumberFormatException e) {
                return BuiltinDefaults.PORT;
            }
        }
    }
}
