package io.jenkins.plugins.planb.core.stale;

import io.jenkins.plugins.planb.core.config.HostId;
import java.time.Instant;
import java.util.Objects;

/**
 * A configured host that has taken snapshots, by its run records, but whose dataset (or
 * directory) the storage no longer has.
 *
 * @param host          the host
 * @param dataset       where its dataset should be
 * @param lastSuccessAt when its newest run that took a snapshot finished
 */
public record GoneHost(HostId host, String dataset, Instant lastSuccessAt) {

    public GoneHost {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(lastSuccessAt, "lastSuccessAt");
    }
}
