package io.jenkins.plugins.planb.core.restore;

import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.TransportKind;
import io.jenkins.plugins.planb.core.storage.Capabilities;
import io.jenkins.plugins.planb.core.transport.RsyncCommand;
import io.jenkins.plugins.planb.core.transport.SshOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One rsync command line of a restore: a backup's faithful options the other way round.
 *
 * <pre>
 * rsync --archive --hard-links [--acls] [--xattrs] --sparse --numeric-ids
 *       [--ignore-existing --info=skip2] [--dry-run] [--files-from=LIST --from0 --no-implied-dirs]
 *       --out-format='%i %n' --stats --no-human-readable
 *       [--timeout=N --protect-args --rsh='ssh …' --rsync-path='[sudo -n ][ionice -c2 -n7 ]rsync']
 *       SOURCE  [ADDRESS:]DESTINATION/
 * </pre>
 *
 * <ul>
 *   <li>{@code -aHS --numeric-ids} always, {@code -A}/{@code -X} where the storage keeps ACLs and
 *       xattrs (it holds none otherwise, and reading them where the file system has none can
 *       fail). Changed files are written the replacing way (no {@code --inplace}): a restore writes
 *       onto a live system, where a half-written file must never replace a whole one.</li>
 *   <li>Never {@code --delete}: a restore adds and, with {@code --overwrite}, replaces; it removes
 *       nothing.</li>
 *   <li>{@code --ignore-existing} leaves existing files alone; {@code --info=skip2} names each
 *       one. rsync still sets the mode, owner and times of existing directories, so a restore that
 *       overwrites nothing sends only the new items, listed in {@code --files-from}, with
 *       {@code --no-implied-dirs}: the directories above them are not sent.</li>
 *   <li>{@code --out-format='%i %n'}: one itemized line per item, read by {@link RestoreItem};
 *       the name is the rest of the line, so nothing in it can be mistaken for another field.</li>
 *   <li>To the host: the backup's ssh options, user, port and remote {@code sudo}/{@code ionice}
 *       ({@link RsyncCommand#remoteRsyncPath}), and {@code --protect-args}, so the destination path
 *       never passes through the remote shell. The host's sudoers rule must allow the receiving
 *       {@code rsync --server} (a backup's rule allows only {@code --server --sender}).</li>
 * </ul>
 */
final class RestoreRsync {

    private RestoreRsync() {}

    /**
     * @param toHost         whether {@code destination} is on the host (over ssh unless the host is local)
     * @param ignoreExisting leave existing files alone, and say so for each
     * @param filesFrom      send only the names in this NUL-separated list, or {@code null}
     */
    static List<String> argv(HostSpec host, Capabilities keeps, boolean toHost, String source, String destination,
            boolean dryRun, boolean ignoreExisting, Path filesFrom) {
        List<String> argv = new ArrayList<>(List.of("rsync", "--archive", "--hard-links"));
        if (keeps.posixAcls()) {
            argv.add("--acls");
        }
        if (keeps.xattrs()) {
            argv.add("--xattrs");
        }
        argv.add("--sparse");
        argv.add("--numeric-ids");
        if (ignoreExisting) {
            argv.add("--ignore-existing");
            argv.add("--info=skip2");
        }
        if (dryRun) {
            argv.add("--dry-run");
        }
        if (filesFrom != null) {
            argv.add("--files-from=" + filesFrom);
            argv.add("--from0");
            argv.add("--no-implied-dirs");
        }
        argv.add("--out-format=%i %n");
        argv.add("--stats");
        argv.add("--no-human-readable");
        String target = withTrailingSlash(destination);
        if (toHost && host.transport() == TransportKind.SSH) {
            argv.add("--timeout=" + SshOptions.seconds(host.ioTimeout(), RsyncCommand.DEFAULT_IO_TIMEOUT));
            argv.add("--protect-args");
            argv.add("--rsh=" + SshOptions.rshString(host));
            argv.add("--rsync-path=" + RsyncCommand.remoteRsyncPath(host));
            target = RsyncCommand.remoteSource(host.address(), target);
        }
        argv.add(source);
        argv.add(target);
        return argv;
    }

    static String withTrailingSlash(String path) {
        return path.endsWith("/") ? path : path + "/";
    }
}
