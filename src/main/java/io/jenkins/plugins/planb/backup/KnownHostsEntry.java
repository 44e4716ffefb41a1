package io.jenkins.plugins.planb.backup;

import io.jenkins.plugins.planb.core.transport.HostKey;
import io.jenkins.plugins.planb.core.transport.HostKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * The pinned host key of a host as the admin stored it: full known_hosts lines, or just
 * {@code type base64} (what "Fetch host key" shows), which get the host's known_hosts name put
 * in front. Lines that are not keys are refused rather than ignored: a typo must not turn strict
 * host key checking into "no key pinned".
 */
public final class KnownHostsEntry {

    private KnownHostsEntry() {}

    /** The known_hosts file content for the host, or an exception naming the bad line. */
    public static String fileContent(String entry, String address, int port) {
        List<String> lines = new ArrayList<>();
        String name = HostKeys.knownHostsName(address, port);
        for (String raw : entry.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String[] fields = raw.split("\\s+");
            HostKey key;
            String names;
            if (fields.length == 2) {
                key = new HostKey(fields[0], fields[1]);
                names = name;
            } else if (fields.length >= 3) {
                key = new HostKey(fields[1], fields[2]);
                names = fields[0];
            } else {
                throw new IllegalArgumentException("pinned host key: not a key line: " + raw);
            }
            if (!key.consistent()) {
                throw new IllegalArgumentException("pinned host key: the key blob does not match its type " + key.type());
            }
            lines.add(names + " " + key);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("pinned host key: none set; use \"Fetch host key\" on the host's "
                    + "configuration page and paste the line after checking its fingerprint");
        }
        return String.join("\n", lines) + "\n";
    }

    /** The fingerprints of the pinned keys, for the form and the build log. */
    public static List<String> fingerprints(String entry) {
        List<String> result = new ArrayList<>();
        for (String raw : entry.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String[] fields = raw.split("\\s+");
            int offset = fields.length == 2 ? 0 : 1;
            if (fields.length >= offset + 2) {
                HostKey key = new HostKey(fields[offset], fields[offset + 1]);
                result.add(key.type() + " " + key.fingerprint());
            }
        }
        return result;
    }
}
