package io.jenkins.plugins.planb.core.config;

import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every configuration value must follow, as static checks independent of YAML, so
 * the configuration file reader and the Jenkins form validation ({@code doCheckAddress} …) apply
 * exactly the same rules.
 *
 * <p>Each check returns an empty {@code Optional} for a good value, else one sentence that
 * quotes the value (control characters escaped) and states the rule it broke. No value is ever
 * given to a shell; the rules still keep out everything an option parser or a remote shell could
 * read as something other than plain data: leading {@code -}, whitespace and {@code @} in
 * addresses, {@code $(}, backticks and control characters in remote paths and patterns.
 */
public final class Rules {

    /** The rule for group and host names, as told to users. */
    public static final String NAME_RULE =
            "lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most "
                    + "63 characters (it becomes a ZFS dataset and directory name)";

    /** The rule for addresses, as told to users. */
    public static final String ADDRESS_RULE =
            "must be a host name or IP literal: letters, digits, '.', '-', ':' only, not starting "
                    + "with '-', at most 253 characters; IPv6 without brackets";

    /** The rule for remote user names, as told to users. */
    public static final String USER_RULE =
            "must be a POSIX user name: lower-case letters, digits, '_' and '-', starting with a "
                    + "letter or '_', at most 32 characters";

    /** The rule for ZFS parent datasets, as told to users. */
    public static final String ZFS_DATASET_RULE =
            "must be a ZFS dataset name: components of letters, digits, '_', '.', ':' and '-', each "
                    + "starting with a letter or digit, separated by single '/', no '@' or '#', "
                    + "at most 127 characters";

    /** The rule for a host's adopted dataset, as told to users. */
    public static final String ADOPTED_DATASET_RULE =
            "must be the name of an existing ZFS dataset: components of letters, digits, '_', '.', ':' and '-', "
                    + "each starting with a letter or digit, separated by single '/', no '@' or '#', at most "
                    + "200 characters (room for '@' and a snapshot name)";

    /** The rule for absolute paths, as told to users. */
    public static final String ABSOLUTE_PATH_RULE =
            "must be an absolute path (starting with '/') without control characters such as "
                    + "newline or NUL";

    /** The rule for the remote {@code root}, as told to users. */
    public static final String REMOTE_ROOT_RULE =
            "must be an absolute path (starting with '/') without control characters such as "
                    + "newline or NUL, and without '$(' or '`'";

    /** The rule for include and exclude patterns, as told to users. */
    public static final String PATTERN_RULE =
            "must be a non-empty rsync pattern relative to root (not starting with '/'), without "
                    + "'..' path segments, control characters such as newline or NUL, '$(' or '`', "
                    + "and not starting with '+ ', '- ' or '!'";

    /** The rule for ports, as told to users. */
    public static final String PORT_RULE = "must be a port number from 1 to 65535";

    /** Longest accepted rsync I/O timeout: a week. */
    public static final int MAX_IO_TIMEOUT_SECONDS = 7 * 24 * 3600;

    /** Longest accepted ssh connect timeout: an hour. */
    public static final int MAX_CONNECT_TIMEOUT_SECONDS = 3600;

    /** Longest accepted stall limit: a week (the rsync I/O timeout's limit too). */
    public static final Duration MAX_STALL_TIMEOUT = Duration.ofDays(7);

    /** Longest accepted maximum run time: 30 days. */
    public static final Duration MAX_RUN_TIME = Duration.ofDays(30);

    /** Longest accepted interval between progress lines: a day. */
    public static final Duration MAX_PROGRESS_INTERVAL = Duration.ofDays(1);

    private static final int MAX_NAME_LENGTH = 63;
    private static final int MAX_ADDRESS_LENGTH = 253;
    private static final int MAX_USER_LENGTH = 32;
    // parent + "/" + 63-char group + "/" + 63-char host stays within ZFS's 255-character names.
    private static final int MAX_ZFS_PARENT_LENGTH = 127;
    // ZFS names are at most 255 characters, snapshot included: '@' and planb-YYYYMMDDTHHMMSSZ fit.
    private static final int MAX_ADOPTED_DATASET_LENGTH = 200;
    private static final int MAX_PATH_LENGTH = 4096;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern DNS_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]*");
    private static final Pattern ZFS_COMPONENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*");

    private Rules() {}

    /** Group names: ZFS- and path-safe, {@value #NAME_RULE}. */
    public static Optional<String> groupName(String value) {
        return name(value);
    }

    /** Host names (the PlanB name, not the address): same rule as group names. */
    public static Optional<String> hostName(String value) {
        return name(value);
    }

    private static Optional<String> name(String value) {
        if (value == null || value.isEmpty()) {
            return fail("must not be empty; use " + NAME_RULE);
        }
        if (value.length() > MAX_NAME_LENGTH || !NAME.matcher(value).matches()) {
            return fail(quote(value) + " is not a valid name: use " + NAME_RULE);
        }
        return ok();
    }

    /** Addresses: DNS host names, IPv4 or bare IPv6 literals; {@value #ADDRESS_RULE}. */
    public static Optional<String> address(String value) {
        if (value == null || value.isEmpty()) {
            return fail("must not be empty; " + ADDRESS_RULE);
        }
        boolean good = value.length() <= MAX_ADDRESS_LENGTH
                && (value.indexOf(':') >= 0 ? isIpv6Literal(value) : isHostNameOrIpv4(value));
        return good ? ok() : fail(quote(value) + " " + ADDRESS_RULE);
    }

    private static boolean isHostNameOrIpv4(String value) {
        if (DIGITS_AND_DOTS.matcher(value).matches()) {
            // All digits and dots can only mean IPv4; 999.1.1.1 must not pass as a host name.
            return IPV4.matcher(value).matches();
        }
        String name = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        if (name.isEmpty()) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!DNS_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6Literal(String value) {
        if (!IPV6_CHARACTERS.matcher(value).matches() || value.startsWith(".")) {
            return false;
        }
        try {
            // Only hex digits, ':' and '.', containing ':' and starting with a hex digit or ':',
            // is parsed as a literal: InetAddress never makes a DNS query for it. IPv4-mapped
            // forms such as ::ffff:192.0.2.1 come back as Inet4Address and are fine too.
            return InetAddress.getByName(value) != null;
        } catch (UnknownHostException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Remote user names: POSIX portable names, {@value #USER_RULE}. */
    public static Optional<String> user(String value) {
        if (value == null || value.isEmpty()) {
            return fail("must not be empty; " + USER_RULE);
        }
        if (value.length() > MAX_USER_LENGTH || !USER.matcher(value).matches()) {
            return fail(quote(value) + " " + USER_RULE);
        }
        return ok();
    }

    /** ZFS parent datasets such as {@code tank/BACKUP}: {@value #ZFS_DATASET_RULE}. */
    public static Optional<String> zfsDataset(String value) {
        if (value == null || value.isEmpty()) {
            return fail("must not be empty; " + ZFS_DATASET_RULE);
        }
        if (value.length() > MAX_ZFS_PARENT_LENGTH) {
            return fail(quote(value) + " is too long; " + ZFS_DATASET_RULE);
        }
        for (String component : value.split("/", -1)) {
            if (!ZFS_COMPONENT.matcher(component).matches()) {
                return fail(quote(value) + " " + ZFS_DATASET_RULE);
            }
        }
        return ok();
    }

    /**
     * A dataset a host adopts instead of {@code <parent>/<group>/<host>} ({@code dataset}), such as
     * {@code tank/BACKUP/acme-web01} that the old PlanB filled: {@value #ADOPTED_DATASET_RULE}.
     * Whether it collides with another host's dataset is checked with the whole configuration.
     */
    public static Optional<String> adoptedDataset(String value) {
        if (value == null || value.isEmpty()) {
            return fail("must not be empty; " + ADOPTED_DATASET_RULE);
        }
        if (value.length() > MAX_ADOPTED_DATASET_LENGTH || !isDatasetName(value)) {
            return fail(quote(value) + " " + ADOPTED_DATASET_RULE);
        }
        return ok();
    }

    private static boolean isDatasetName(String value) {
        for (String component : value.split("/", -1)) {
            if (!ZFS_COMPONENT.matcher(component).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Local absolute paths (storage directory, state directory, key and known_hosts files):
     * {@value #ABSOLUTE_PATH_RULE}.
     */
    public static Optional<String> absolutePath(String value) {
        if (value == null || value.isEmpty()) {
            return fail("must not be empty; " + ABSOLUTE_PATH_RULE);
        }
        if (value.length() > MAX_PATH_LENGTH || !value.startsWith("/") || hasControlCharacter(value)) {
            return fail(quote(value) + " " + ABSOLUTE_PATH_RULE);
        }
        return ok();
    }

    /**
     * The root of the backed-up tree on the remote host: {@value #REMOTE_ROOT_RULE}. The path
     * reaches the remote rsync, so text a remote shell would expand is refused as well.
     */
    public static Optional<String> remoteRoot(String value) {
        if (value == null || value.isEmpty()) {
            return fail("must not be empty; " + REMOTE_ROOT_RULE);
        }
        if (value.length() > MAX_PATH_LENGTH
                || !value.startsWith("/")
                || hasControlCharacter(value)
                || hasShellSubstitution(value)) {
            return fail(quote(value) + " " + REMOTE_ROOT_RULE);
        }
        return ok();
    }

    /**
     * Include and exclude entries: {@value #PATTERN_RULE}. A {@code ..} segment would reach
     * outside {@code root}; a leading {@code + }, {@code - } or {@code !} would turn the entry
     * into a different rsync filter rule than the one it is listed as.
     */
    public static Optional<String> pattern(String value) {
        if (value == null || value.isEmpty()) {
            return fail("must not be empty; " + PATTERN_RULE);
        }
        boolean bad = value.length() > MAX_PATH_LENGTH
                || value.startsWith("/")
                || hasControlCharacter(value)
                || hasShellSubstitution(value)
                || hasParentSegment(value)
                || value.startsWith("+ ")
                || value.startsWith("- ")
                || value.startsWith("!");
        return bad ? fail(quote(value) + " " + PATTERN_RULE) : ok();
    }

    /** TCP ports: {@value #PORT_RULE}. */
    public static Optional<String> port(long value) {
        return value >= 1 && value <= 65535 ? ok() : fail(value + " " + PORT_RULE);
    }

    /** The rsync I/O timeout in seconds: 1 second to a week. */
    public static Optional<String> ioTimeoutSeconds(long value) {
        return secondsWithin(value, MAX_IO_TIMEOUT_SECONDS);
    }

    /** The ssh connect timeout in seconds: 1 second to an hour. */
    public static Optional<String> connectTimeoutSeconds(long value) {
        return secondsWithin(value, MAX_CONNECT_TIMEOUT_SECONDS);
    }

    /**
     * The stall limit: how long a transfer may go without moving a byte. {@code 0} turns it
     * off; else 1 second to {@link #MAX_STALL_TIMEOUT}.
     */
    public static Optional<String> stallTimeout(Duration value) {
        return durationWithin(value, MAX_STALL_TIMEOUT, "turns the stall limit off");
    }

    /** {@link #stallTimeout(Duration)} for text, as a form gives it: {@value Durations#SYNTAX}. */
    public static Optional<String> stallTimeout(String text) {
        return durationText(text).or(() -> stallTimeout(Durations.parse(text).orElseThrow()));
    }

    /** The maximum run time of a transfer. {@code 0} means none; else 1 second to {@link #MAX_RUN_TIME}. */
    public static Optional<String> maxRunTime(Duration value) {
        return durationWithin(value, MAX_RUN_TIME, "means no maximum");
    }

    /** {@link #maxRunTime(Duration)} for text, as a form gives it: {@value Durations#SYNTAX}. */
    public static Optional<String> maxRunTime(String text) {
        return durationText(text).or(() -> maxRunTime(Durations.parse(text).orElseThrow()));
    }

    /**
     * Time between progress lines where no live line can be shown (pipes, the Jenkins console).
     * {@code 0} turns them off; else 1 second to {@link #MAX_PROGRESS_INTERVAL}.
     */
    public static Optional<String> progressInterval(Duration value) {
        return durationWithin(value, MAX_PROGRESS_INTERVAL, "turns progress lines off");
    }

    /** {@link #progressInterval(Duration)} for text, as a form gives it: {@value Durations#SYNTAX}. */
    public static Optional<String> progressInterval(String text) {
        return durationText(text).or(() -> progressInterval(Durations.parse(text).orElseThrow()));
    }

    private static Optional<String> durationText(String text) {
        return Durations.parse(text).isPresent()
                ? ok()
                : fail(quote(text) + " must be " + Durations.SYNTAX);
    }

    private static Optional<String> durationWithin(Duration value, Duration max, String zeroMeans) {
        boolean good = value != null && !value.isNegative()
                && (value.isZero() || value.compareTo(Duration.ofSeconds(1)) >= 0) && value.compareTo(max) <= 0;
        return good
                ? ok()
                : fail((value == null ? "nothing" : Durations.format(value)) + " must be from 1s to "
                        + Durations.format(max) + ", or 0, which " + zeroMeans);
    }

    private static Optional<String> secondsWithin(long value, int max) {
        return value >= 1 && value <= max
                ? ok()
                : fail(value + " must be a whole number of seconds from 1 to " + max);
    }

    /** Retention policies in PlanB's syntax: {@link RetentionPolicy#RULE}. */
    public static Optional<String> retention(String value) {
        if (value == null) {
            return fail("must not be empty; " + RetentionPolicy.RULE);
        }
        try {
            RetentionPolicy.parse(value);
            return ok();
        } catch (IllegalArgumentException e) {
            return fail(quote(value) + " is not a retention policy: " + RetentionPolicy.RULE);
        }
    }

    /** Transport names: {@code ssh} or {@code local}. */
    public static Optional<String> transport(String value) {
        return parseTransport(value).isPresent()
                ? ok()
                : fail(quote(value) + " must be one of: ssh, local");
    }

    /** The transport a name stands for, when it is one of {@code ssh} and {@code local}. */
    public static Optional<TransportKind> parseTransport(String value) {
        if ("ssh".equals(value)) {
            return Optional.of(TransportKind.SSH);
        }
        if ("local".equals(value)) {
            return Optional.of(TransportKind.LOCAL);
        }
        return Optional.empty();
    }

    /**
     * The value in single quotes for an error message, control characters written as Java
     * escapes and long values shortened, so a message is always one printable line.
     */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("'");
        int limit = Math.min(value.length(), 80);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\0' -> out.append("\\0");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (value.length() > limit) {
            out.append('…');
        }
        return out.append('\'').toString();
    }

    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    private static boolean hasShellSubstitution(String value) {
        return value.contains("$(") || value.indexOf('`') >= 0;
    }

    private static boolean hasParentSegment(String value) {
        for (String segment : value.split("/", -1)) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> ok() {
        return Optional.empty();
    }

    private static Optional<String> fail(String message) {
        return Optional.of(message);
    }
}
