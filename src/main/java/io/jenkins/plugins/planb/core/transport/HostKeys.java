package io.jenkins.plugins.planb.core.transport;

import io.jenkins.plugins.planb.core.exec.Command;
import io.jenkins.plugins.planb.core.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Host key pinning: fetch a host's current keys ({@code ssh-keyscan}), show their
 * fingerprints, read what a known_hosts file pins, and record keys on purpose. This backs
 * {@code planb hostkey GROUP/HOST [--accept]} and Jenkins' "Fetch host key" button. A backup
 * only ever reads the file (see {@link SshOptions}).
 *
 * <p>Names follow OpenSSH: {@code host} for port 22, {@code [host]:port} otherwise. Hashed
 * entries ({@code |1|salt|hash}, from {@code HashKnownHosts yes}) are recognised too.
 */
public final class HostKeys {

    /** Key types asked for, strongest first. */
    public static final String KEY_TYPES = "ed25519,ecdsa,rsa";

    private HostKeys() {}

    /** {@code ssh-keyscan} for the host's current keys; its stdout goes to {@link #parseScan}. */
    public static Command scanCommand(String address, int port, Duration timeout) {
        String host = SshOptions.checkedAddress(address);
        long seconds = SshOptions.seconds(timeout, Duration.ofSeconds(10));
        return new Command(
                List.of("ssh-keyscan", "-T", Long.toString(seconds), "-p", Integer.toString(SshOptions.checkedPort(port)),
                        "-t", KEY_TYPES, "--", host),
                Duration.ofSeconds(seconds * 4 + 10));
    }

    /** The keys in ssh-keyscan's output (comment lines and anything malformed are skipped). */
    public static List<HostKey> parseScan(String stdout) {
        List<HostKey> keys = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length >= 3 && !fields[0].startsWith("#")) {
                try {
                    HostKey key = new HostKey(fields[1], fields[2]);
                    if (!keys.contains(key)) {
                        keys.add(key);
                    }
                } catch (IllegalArgumentException malformed) {
                    // not a key line
                }
            }
        }
        return keys;
    }

    /** The name a known_hosts file uses for {@code address:port}. */
    public static String knownHostsName(String address, int port) {
        String host = SshOptions.checkedAddress(address);
        return SshOptions.checkedPort(port) == 22 ? host : "[" + host + "]:" + port;
    }

    /** The keys {@code file} pins for the host; empty when the file or the entry is missing. */
    public static List<HostKey> pinned(Path file, String address, int port) throws IOException {
        String name = knownHostsName(address, port);
        List<HostKey> keys = new ArrayList<>();
        if (!Files.exists(file)) {
            return keys;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Entry entry = Entry.parse(line);
            if (entry != null && entry.marker == null && entry.names().stream().anyMatch(n -> matches(n, name))) {
                keys.add(entry.key);
            }
        }
        return keys;
    }

    /**
     * Makes {@code keys} the host's only pinned keys in {@code file}: its old plain entries are
     * removed (the name is taken out of a shared line), {@code @revoked} and
     * {@code @cert-authority} lines and every other host are left alone, and the new lines
     * appended. The file is replaced atomically (temporary file in the same directory, then a
     * rename), keeping its permissions; a new file gets 0644.
     */
    public static void accept(Path file, String address, int port, List<HostKey> keys) throws IOException {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("keys: nothing to accept for " + knownHostsName(address, port));
        }
        String name = knownHostsName(address, port);
        List<String> lines = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Entry entry = Entry.parse(line);
                if (entry == null || entry.marker != null) {
                    lines.add(line);
                    continue;
                }
                List<String> others = entry.names().stream().filter(n -> !matches(n, name)).toList();
                if (others.size() == entry.names().size()) {
                    lines.add(line);
                } else if (!others.isEmpty()) {
                    lines.add(String.join(",", others) + " " + entry.key + entry.comment);
                }
            }
        }
        for (HostKey key : keys) {
            lines.add(name + " " + key);
        }
        writeAtomically(file, String.join("\n", lines) + "\n");
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null) {
            throw new IOException("not a file: " + absolute);
        }
        Files.createDirectories(directory);
        Set<PosixFilePermission> permissions = Files.exists(absolute)
                ? Files.getPosixFilePermissions(absolute)
                : PosixFilePermissions.fromString("rw-r--r--");
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        AtomicFiles.replace(absolute, temporary, content, permissions);
    }

    /** Whether a known_hosts name (plain or hashed) is exactly {@code name}. */
    static boolean matches(String entryName, String name) {
        if (!entryName.startsWith("|1|")) {
            return entryName.equals(name);
        }
        String[] parts = entryName.split("\\|");
        if (parts.length != 4) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(salt, "HmacSHA1"));
            return MessageDigest.isEqual(expected, mac.doFinal(name.getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | GeneralSecurityException malformed) {
            return false;
        }
    }

    /** A parsed known_hosts line: optional marker, names, key, and the rest (comment). */
    private record Entry(String marker, String namesField, HostKey key, String comment) {

        List<String> names() {
            return List.of(namesField.split(","));
        }

        static Entry parse(String line) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                return null;
            }
            String[] fields = text.split("\\s+", 5);
            int first = fields[0].startsWith("@") ? 1 : 0;
            if (fields.length < first + 3) {
                return null;
            }
            try {
                HostKey key = new HostKey(fields[first + 1], fields[first + 2]);
                String comment = fields.length > first + 3 ? " " + String.join(" ", List.of(fields).subList(first + 3, fields.length)) : "";
                return new Entry(first == 1 ? fields[0] : null, fields[first], key, comment);
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }
}
