package io.jenkins.plugins.planb.core.transport;

import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.TransportKind;
import io.jenkins.plugins.planb.core.exec.Command;
import io.jenkins.plugins.planb.core.storage.BackupTarget;
import io.jenkins.plugins.planb.core.storage.Capabilities;
import io.jenkins.plugins.planb.core.storage.WriteMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rsync command line of a backup, built from the host, the target and what the
 * storage can keep.
 *
 * <pre>
 * rsync --archive --hard-links --acls --xattrs
 *       --sparse | --inplace --no-whole-file [--checksum]
 *       --numeric-ids --delete --delete-excluded --stats --no-human-readable --info=progress2
 *       --timeout=N [--link-dest=DIR]
 *       --protect-args --rsh='ssh -o BatchMode=yes … [-o IdentityFile=KEY] -p PORT -l USER --'
 *       --rsync-path='[sudo -n ][ionice -c2 -n7 ]rsync'
 *       --exclude=… --include=… [--exclude=*]
 *       ADDRESS:ROOT/  DESTINATION/
 * </pre>
 *
 * <ul>
 *   <li>Faithful: {@code -a} plus {@code -H} (hard-link groups), {@code -A}/{@code -X} (ACLs,
 *       xattrs) where {@link Capabilities} says the destination keeps them, {@code -S} (sparse
 *       files stay sparse) and {@code --numeric-ids} (owners without a passwd entry on the
 *       storage machine). Whatever is left out is listed in {@link #notPreserved()}.</li>
 *   <li>How changed files are written is the target's {@link WriteMode}: {@code REPLACE}
 *       (rsync's default, a new file renamed over the old; with {@code --sparse}) wherever
 *       a snapshot may share inodes with the next run, as in directory storage; {@code IN_PLACE}
 *       ({@code --inplace --no-whole-file}: only changed blocks are written, also when the
 *       source is local, where rsync would otherwise copy whole files) on ZFS, whose snapshots
 *       are copy-on-write. No {@code --sparse} with {@code --inplace}: rsync then punches a hole
 *       (or, where the file system cannot, writes zeros) for every run of zero bytes at a block
 *       edge of the matched, unchanged data, which rewrites a ZFS record each time; ZFS with
 *       compression stores runs of zeros as holes by itself. {@code IN_PLACE_CHECKSUM} adds
 *       {@code --checksum}.</li>
 *   <li>{@code --delete --delete-excluded}: a path added to the exclude list leaves the live
 *       copy; its history stays in the snapshots.</li>
 *   <li>{@code --stats --no-human-readable}: plain integers for {@link RsyncStats}.</li>
 *   <li>{@code --info=progress2}: one progress line for the whole transfer, redrawn with
 *       {@code \r} about once a second while data moves, read by {@link RsyncProgress}.</li>
 *   <li>{@code --protect-args}: the source path travels inside the rsync protocol, never
 *       through the remote shell, and the remote command stays the fixed
 *       {@code rsync --server --sender -s…} that a sudoers rule can allow. (Named
 *       {@code --secluded-args} since rsync 3.2.4; the old name works on every rsync from
 *       3.0.)</li>
 *   <li>The source has no {@code user@}: the user goes to ssh with {@code -l}, and the remote
 *       shell string ends in {@code --}, so the address rsync appends can only be an address.</li>
 * </ul>
 *
 * <p>{@link TransportKind#LOCAL} copies {@code root} on this machine: no ssh, no sudo, and
 * {@code ionice} wraps the local rsync instead.
 *
 * @param command      the rsync invocation, without a wall-clock timeout: the run's transfer
 *                     monitor ends a stalled or overlong transfer (rsync's own {@code --timeout}
 *                     and ssh's keep-alives are the network's backstop)
 * @param notPreserved what the destination cannot keep, e.g. {@code "POSIX ACLs"}; empty when
 *                     everything is kept
 */
public record RsyncCommand(Command command, List<String> notPreserved) {

    public static final String IONICE = "ionice";
    public static final Duration DEFAULT_IO_TIMEOUT = Duration.ofHours(1);

    public RsyncCommand {
        notPreserved = List.copyOf(notPreserved);
    }

    public static RsyncCommand forHost(HostSpec host, BackupTarget target, Capabilities capabilities) {
        String root = checkedRoot(host.root());
        List<String> notPreserved = new ArrayList<>();
        List<String> argv = new ArrayList<>();
        if (host.transport() == TransportKind.LOCAL && host.ionice()) {
            argv.addAll(List.of(IONICE, "-c2", "-n7"));
        }
        argv.add("rsync");
        argv.add("--archive");
        argv.add("--hard-links");
        if (capabilities.posixAcls()) {
            argv.add("--acls");
        } else {
            notPreserved.add("POSIX ACLs");
        }
        if (capabilities.xattrs()) {
            argv.add("--xattrs");
        } else {
            notPreserved.add("extended attributes");
        }
        switch (target.writes()) {
            case REPLACE -> argv.add("--sparse");
            case IN_PLACE -> argv.addAll(List.of("--inplace", "--no-whole-file"));
            case IN_PLACE_CHECKSUM -> argv.addAll(List.of("--inplace", "--no-whole-file", "--checksum"));
        }
        argv.add("--numeric-ids");
        argv.add("--delete");
        argv.add("--delete-excluded");
        argv.add("--stats");
        argv.add("--no-human-readable");
        argv.add("--info=progress2");
        argv.add("--timeout=" + SshOptions.seconds(host.ioTimeout(), DEFAULT_IO_TIMEOUT));
        if (target.linkDest() != null) {
            argv.add("--link-dest=" + target.linkDest());
        }
        String source;
        if (host.transport() == TransportKind.SSH) {
            argv.add("--protect-args");
            argv.add("--rsh=" + SshOptions.rshString(host));
            argv.add("--rsync-path=" + remoteRsyncPath(host));
            source = remoteSource(host.address(), root);
        } else {
            source = root;
        }
        argv.addAll(RsyncFilters.arguments(host.root(), host.include(), host.exclude()));
        argv.add(source);
        argv.add(withTrailingSlash(requireDestination(target)));
        return new RsyncCommand(Command.of(argv), notPreserved);
    }

    /** The program the remote shell starts: {@code [sudo -n ][ionice -c2 -n7 ]rsync}. */
    public static String remoteRsyncPath(HostSpec host) {
        StringBuilder path = new StringBuilder();
        if (host.sudo()) {
            path.append("sudo -n "); // -n: fail instead of waiting for a password nobody types
        }
        if (host.ionice()) {
            path.append(IONICE).append(" -c2 -n7 ");
        }
        return path.append("rsync").toString();
    }

    /** {@code address:path}, with an IPv6 literal in brackets as rsync requires. */
    public static String remoteSource(String address, String rootWithSlash) {
        String bare = SshOptions.checkedAddress(address);
        String host = SshOptions.isIpv6(bare) ? "[" + bare + "]" : bare;
        return host + ":" + rootWithSlash;
    }

    /** The root with exactly one trailing slash: copy its contents, not the directory itself. */
    private static String checkedRoot(String root) {
        if (root == null || !root.startsWith("/")) {
            throw new IllegalArgumentException("root: '" + root + "' must be an absolute path");
        }
        return withTrailingSlash(root);
    }

    private static String requireDestination(BackupTarget target) {
        if (target.destination() == null || target.destination().isEmpty()) {
            throw new IllegalArgumentException("destination: must not be empty");
        }
        return target.destination();
    }

    private static String withTrailingSlash(String path) {
        return path.endsWith("/") ? path : path + "/";
    }
}
