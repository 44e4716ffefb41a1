package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.config.HostId;

/**
 * Where one run writes.
 *
 * @param host        the host
 * @param dataset     the dataset (ZFS) or host directory (directory storage)
 * @param destination the directory rsync writes into, ending in {@code /}
 * @param linkDest    a directory for rsync {@code --link-dest}, or {@code null}
 */
public record BackupTarget(HostId host, String dataset, String destination, String linkDest) {}
