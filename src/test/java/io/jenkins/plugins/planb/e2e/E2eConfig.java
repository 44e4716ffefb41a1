package io.jenkins.plugins.planb.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@code planb.yaml} for one group {@code e2e} with one host (and, if asked, more local
 * hosts), every value as a YAML double-quoted string (JSON escapes), so test values with newlines
 * or quotes arrive intact.
 */
final class E2eConfig {

    static final String GROUP = "e2e";

    private String storage;
    private String zfsParent;
    private Path directory;
    private Path stateDir;
    private final Map<String, Object> host = new LinkedHashMap<>();
    private final List<Map<String, Object>> moreHosts = new java.util.ArrayList<>();

    static E2eConfig directoryStorage(Path path, Path stateDir) {
        E2eConfig config = new E2eConfig();
        config.storage = "  directory: { path: " + quote(path.toString()) + " }\n";
        config.directory = path;
        config.stateDir = stateDir;
        return config;
    }

    static E2eConfig zfsStorage(String parent, Path stateDir) {
        E2eConfig config = new E2eConfig();
        config.storage = "  zfs: { parent: " + quote(parent) + " }\n";
        config.zfsParent = parent;
        config.stateDir = stateDir;
        return config;
    }

    /** A host reached over ssh with the given key and pinned known_hosts. */
    E2eConfig sshHost(String name, int port, String user, Path identityFile, Path knownHosts, Path root) {
        host.put("name", name);
        host.put("transport", "ssh");
        host.put("address", "127.0.0.1");
        host.put("port", port);
        host.put("user", user);
        host.put("identityFile", identityFile.toString());
        host.put("knownHostsFile", knownHosts.toString());
        host.put("root", root.toString());
        host.put("connectTimeout", 10);
        host.put("ioTimeout", 60);
        return this;
    }

    /** A host on this machine (no ssh). */
    E2eConfig localHost(String name, Path root) {
        host.put("name", name);
        host.put("transport", "local");
        host.put("root", root.toString());
        return this;
    }

    /** One more host of the group, on this machine (no ssh). */
    E2eConfig anotherLocalHost(String name, Path root) {
        Map<String, Object> another = new LinkedHashMap<>();
        another.put("name", name);
        another.put("transport", "local");
        another.put("root", root.toString());
        moreHosts.add(another);
        return this;
    }

    /** Sets or replaces one host field: a String, Integer, Boolean or List of Strings. */
    E2eConfig set(String field, Object value) {
        host.put(field, value);
        return this;
    }

    /** The ZFS parent dataset; {@code null} for directory storage. */
    String zfsParent() {
        return zfsParent;
    }

    /** The storage directory; {@code null} for ZFS. */
    Path directory() {
        return directory;
    }

    String hostId() {
        return GROUP + "/" + host.get("name");
    }

    String yaml() {
        StringBuilder yaml = new StringBuilder("storage:\n").append(storage);
        yaml.append("stateDir: ").append(quote(stateDir.toString())).append('\n');
        yaml.append("groups:\n  - name: ").append(GROUP).append("\n    hosts:\n");
        List<Map<String, Object>> hosts = new java.util.ArrayList<>(List.of(host));
        hosts.addAll(moreHosts);
        for (Map<String, Object> each : hosts) {
            String prefix = "      - ";
            for (Map.Entry<String, Object> field : each.entrySet()) {
                yaml.append(prefix).append(field.getKey()).append(": ").append(value(field.getValue())).append('\n');
                prefix = "        ";
            }
        }
        return yaml.toString();
    }

    Path writeTo(Path file) {
        try {
            Files.writeString(file, yaml());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(item -> quote(String.valueOf(item))).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof String text) {
            return quote(text);
        }
        return String.valueOf(value);
    }

    /** A YAML double-quoted scalar; YAML accepts JSON's escapes there. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
