package io.jenkins.plugins.planb.core.transport;

import io.jenkins.plugins.planb.core.config.HostSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The ssh client command line of every PlanB connection (rsync's remote shell, the
 * do-not-run probe), in one place.
 *
 * <ul>
 *   <li>{@code BatchMode=yes}: never a prompt; a missing key or password fails at once.</li>
 *   <li>{@code IdentitiesOnly=yes} with {@code IdentityFile}: only the configured key is offered, not
 *       whatever an agent or {@code ~/.ssh} happens to hold.</li>
 *   <li>{@code StrictHostKeyChecking=yes} against {@code UserKnownHostsFile=<knownHostsFile>},
 *       {@code GlobalKnownHostsFile=/dev/null}, {@code UpdateHostKeys=no},
 *       {@code CheckHostIP=no}: the pinned file is the only truth and a backup never writes
 *       it. Trust is given on purpose with {@link HostKeys#accept}. Without a configured file
 *       ssh's own {@code ~/.ssh/known_hosts} is read, still strictly.</li>
 *   <li>{@code ConnectTimeout} from the host spec, {@code ServerAliveInterval=}{@value
 *       #SERVER_ALIVE_INTERVAL_SECONDS} x {@value #SERVER_ALIVE_COUNT_MAX}: a dead link ends the
 *       connection within a minute even while rsync itself waits.</li>
 * </ul>
 *
 * <p>The user's {@code ~/.ssh/config} and {@code /etc/ssh/ssh_config} are still read (jump
 * hosts, ciphers); options given here come first on the command line and so win.
 *
 * <p>Quoting: ssh parses {@code -o} values like a config line (split at whitespace, double
 * quotes group, {@code %} and <code>${</code> expand), so file paths are double-quoted with
 * {@code %} doubled. A path holding <code>${</code> or a control character is refused.
 * {@link #rshString} then quotes every argument the way rsync's {@code -e} parser expects.
 */
public final class SshOptions {

    public static final int SERVER_ALIVE_INTERVAL_SECONDS = 15;
    public static final int SERVER_ALIVE_COUNT_MAX = 4;
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?");
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,63}\\$?");

    private SshOptions() {}

    /**
     * {@code ssh} and its options for {@code host}, ending with {@code --}: the caller appends
     * the address (and a remote command). The {@code --} makes sure nothing after it is read
     * as an option.
     */
    public static List<String> argv(HostSpec host) {
        List<String> argv = new ArrayList<>();
        argv.add("ssh");
        option(argv, "BatchMode=yes");
        option(argv, "IdentitiesOnly=yes");
        option(argv, "StrictHostKeyChecking=yes");
        if (host.knownHostsFile() != null) {
            option(argv, "UserKnownHostsFile=" + sshConfigPath("knownHostsFile", host.knownHostsFile()));
        }
        option(argv, "GlobalKnownHostsFile=/dev/null");
        option(argv, "UpdateHostKeys=no");
        option(argv, "CheckHostIP=no");
        option(argv, "ConnectTimeout=" + seconds(host.connectTimeout(), DEFAULT_CONNECT_TIMEOUT));
        option(argv, "ServerAliveInterval=" + SERVER_ALIVE_INTERVAL_SECONDS);
        option(argv, "ServerAliveCountMax=" + SERVER_ALIVE_COUNT_MAX);
        argv.add("-p");
        argv.add(Integer.toString(checkedPort(host.port())));
        if (host.identityFile() != null) {
            // not -i: ssh checks an -i path before it expands %%, so a literal % could not work
            option(argv, "IdentityFile=" + sshConfigPath("identityFile", host.identityFile()));
        }
        argv.add("-l");
        argv.add(checkedUser(host.user()));
        argv.add("--");
        return argv;
    }

    /** {@link #argv} as the single {@code --rsh} value rsync splits itself. */
    public static String rshString(HostSpec host) {
        List<String> words = new ArrayList<>();
        for (String argument : argv(host)) {
            words.add(rsyncQuote(argument));
        }
        return String.join(" ", words);
    }

    /**
     * The address as ssh wants it (IPv6 literals without brackets). Refuses anything that is
     * not a host name or IP literal: an address starting with {@code -} would be read as an
     * ssh option by older callers, and a space would split it.
     */
    public static String checkedAddress(String address) {
        if (address == null || address.isEmpty()) {
            throw new IllegalArgumentException("address: must not be empty for ssh transport");
        }
        String bare = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1)
                : address;
        if (HOST_NAME.matcher(bare).matches() || IPV6_LITERAL.matcher(bare).matches()) {
            return bare;
        }
        throw new IllegalArgumentException(
                "address: '" + address + "' is not a host name or IP address (letters, digits, '.', '-', '_'; or an IPv6 literal)");
    }

    /** Whether an address is an IPv6 literal, which needs brackets in {@code host:path} and known_hosts. */
    static boolean isIpv6(String bareAddress) {
        return bareAddress.indexOf(':') >= 0;
    }

    static int checkedPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " is not between 1 and 65535");
        }
        return port;
    }

    static String checkedUser(String user) {
        if (user == null || !USER_NAME.matcher(user).matches()) {
            throw new IllegalArgumentException(
                    "user: '" + user + "' is not a POSIX user name (letters, digits, '.', '_', '-', not starting with '-')");
        }
        return user;
    }

    /** Whole seconds, rounded up and at least 1, of {@code duration}, or of {@code fallback} when it is unset. */
    public static long seconds(Duration duration, Duration fallback) {
        Duration effective = duration == null || duration.isZero() || duration.isNegative() ? fallback : duration;
        return Math.max(1, (effective.toMillis() + 999) / 1000);
    }

    private static void option(List<String> argv, String keyValue) {
        argv.add("-o");
        argv.add(keyValue);
    }

    /** A path as an ssh config value: double-quoted, {@code \} and {@code "} escaped, {@code %} doubled. */
    static String sshConfigPath(String field, Path path) {
        String text = checkedPath(field, path);
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%") + '"';
    }

    private static String checkedPath(String field, Path path) {
        String text = path.toString();
        if (text.contains("${")) {
            throw new IllegalArgumentException(field + ": '" + text + "' contains '${', which ssh would expand");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException(field + ": '" + text + "' contains a control character");
            }
        }
        return text;
    }

    /**
     * Quotes one word for rsync's {@code -e} splitter: it splits at spaces, groups with single
     * or double quotes, and reads a doubled quote inside quotes as one literal quote; backslash
     * is not special. Words without a space or quote stay bare so the log reads naturally.
     */
    static String rsyncQuote(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(c -> c == ' ' || c == '\'' || c == '"')) {
            return word;
        }
        return "'" + word.replace("'", "''") + "'";
    }
}
