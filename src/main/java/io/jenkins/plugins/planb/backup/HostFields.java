package io.jenkins.plugins.planb.backup;

/**
 * What only a host says about itself (nothing here is inherited).
 *
 * @param transport {@code ssh} or {@code local}
 * @param address   host name or IP literal; ignored for {@code local}
 * @param port      ssh port
 * @param root      remote directory the includes are relative to
 * @param knownHostsEntry the pinned known_hosts line(s) of the host, {@code ""} when none
 */
public record HostFields(String transport, String address, int port, String root, String knownHostsEntry) {

    public HostFields {
        transport = transport == null || transport.isBlank() ? "ssh" : transport.strip();
        address = address == null ? "" : address.strip();
        root = root == null || root.isBlank() ? "/" : root.strip();
        knownHostsEntry = knownHostsEntry == null ? "" : knownHostsEntry.strip();
    }
}
