package io.jenkins.plugins.planb.core.config;

import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One host's settings after inheritance (defaults, then group, then host) and validation.
 * Every value here has passed {@link Rules} (see {@link ConfigReader} for the defaults);
 * nothing in it is ever given to a shell.
 *
 * @param id             {@code group/host}
 * @param transport      ssh or local
 * @param address        host name or IP literal; {@code null} when not set for local transport
 * @param port           ssh port
 * @param user           remote POSIX user
 * @param identityFile   ssh private key; {@code null} lets ssh use its defaults
 * @param knownHostsFile the pinned host keys, checked strictly
 * @param sudo           run the remote rsync through {@code sudo -n}
 * @param ionice         run the remote rsync through {@code ionice -c2 -n7}
 * @param root           absolute path on the remote host the includes are relative to
 * @param include        relative patterns; empty means everything under {@code root}
 * @param exclude        relative patterns, winning over includes
 * @param enabled        disabled hosts are never backed up
 * @param retention      the snapshot retention policy
 * @param ioTimeout      rsync {@code --timeout}: no data on the connection (keep-alives count) for
 *                       this long ends the run; the network's backstop
 * @param connectTimeout ssh {@code ConnectTimeout}
 * @param stallTimeout   the stall limit: no byte moved (rsync's progress) for this long ends the
 *                       transfer FAILED; {@link Duration#ZERO} for none
 * @param maxRunTime     the longest a run may take before its transfer ends FAILED;
 *                       {@link Duration#ZERO} for none
 * @param progressInterval time between progress lines where no live line can be shown (pipes,
 *                       the Jenkins console); {@link Duration#ZERO} for none
 * @param dataset        an existing ZFS dataset this host adopts instead of
 *                       {@code <parent>/<group>/<host>} (a dataset the old PlanB filled, say);
 *                       {@code null} for the usual layout. Never created: it must exist
 */
public record HostSpec(
        HostId id,
        TransportKind transport,
        String address,
        int port,
        String user,
        Path identityFile,
        Path knownHostsFile,
        boolean sudo,
        boolean ionice,
        String root,
        List<String> include,
        List<String> exclude,
        boolean enabled,
        RetentionPolicy retention,
        Duration ioTimeout,
        Duration connectTimeout,
        Duration stallTimeout,
        Duration maxRunTime,
        Duration progressInterval,
        String dataset) {

    public HostSpec {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        stallTimeout = stallTimeout == null ? Duration.ZERO : stallTimeout;
        maxRunTime = maxRunTime == null ? Duration.ZERO : maxRunTime;
        progressInterval = progressInterval == null ? Duration.ZERO : progressInterval;
    }

    /** A host in the usual dataset layout ({@code dataset} null). */
    public HostSpec(HostId id, TransportKind transport, String address, int port, String user, Path identityFile,
            Path knownHostsFile, boolean sudo, boolean ionice, String root, List<String> include,
            List<String> exclude, boolean enabled, RetentionPolicy retention, Duration ioTimeout,
            Duration connectTimeout, Duration stallTimeout, Duration maxRunTime, Duration progressInterval) {
        this(id, transport, address, port, user, identityFile, knownHostsFile, sudo, ionice, root, include, exclude,
                enabled, retention, ioTimeout, connectTimeout, stallTimeout, maxRunTime, progressInterval, null);
    }

    /**
     * A host with the stall limit, maximum run time and progress interval at their built-in
     * defaults ({@link BuiltinDefaults#STALL_TIMEOUT}, none, {@link BuiltinDefaults#PROGRESS_INTERVAL}).
     */
    public HostSpec(HostId id, TransportKind transport, String address, int port, String user, Path identityFile,
            Path knownHostsFile, boolean sudo, boolean ionice, String root, List<String> include,
            List<String> exclude, boolean enabled, RetentionPolicy retention, Duration ioTimeout,
            Duration connectTimeout) {
        this(id, transport, address, port, user, identityFile, knownHostsFile, sudo, ionice, root, include, exclude,
                enabled, retention, ioTimeout, connectTimeout, BuiltinDefaults.STALL_TIMEOUT,
                BuiltinDefaults.MAX_RUN_TIME, BuiltinDefaults.PROGRESS_INTERVAL);
    }

    /** This host with other transfer limits and progress interval ({@link Duration#ZERO}: none). */
    public HostSpec withTransferLimits(Duration stallTimeout, Duration maxRunTime, Duration progressInterval) {
        return new HostSpec(id, transport, address, port, user, identityFile, knownHostsFile, sudo, ionice, root,
                include, exclude, enabled, retention, ioTimeout, connectTimeout, stallTimeout, maxRunTime,
                progressInterval, dataset);
    }

    /** This host adopting an existing ZFS dataset ({@code null}: the usual layout). */
    public HostSpec withDataset(String dataset) {
        return new HostSpec(id, transport, address, port, user, identityFile, knownHostsFile, sudo, ionice, root,
                include, exclude, enabled, retention, ioTimeout, connectTimeout, stallTimeout, maxRunTime,
                progressInterval, dataset);
    }
}
