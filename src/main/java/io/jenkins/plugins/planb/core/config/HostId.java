package io.jenkins.plugins.planb.core.config;

import java.util.Objects;

/** A host's identity: {@code group/host}. Both parts are ZFS- and path-safe names. */
public record HostId(String group, String host) {

    public HostId {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(host, "host");
    }

    /** Parses {@code GROUP/HOST}. */
    public static HostId parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash != text.lastIndexOf('/') || slash == text.length() - 1) {
            throw new IllegalArgumentException("expected GROUP/HOST, got '" + text + "'");
        }
        return new HostId(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return group + "/" + host;
    }
}
