package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.TaskListener;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import io.jenkins.plugins.planb.monitor.StorageSpaceCheck;
import io.jenkins.plugins.planb.monitor.StorageSpaceMonitor;
import io.jenkins.plugins.planb.testing.ZfsPoolExtension;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The storage monitor against a real ZFS pool (zfs-fuse): a small pool filled past the threshold,
 * then emptied. zfs-fuse keeps a large share of a small pool back (of a 128 MiB pool, 91 MiB can be
 * written: 73 %), so the threshold here is 50 % instead of 85 %.
 */
@WithJenkins
class ZfsStorageMonitorTest {

    private static final int THRESHOLD = 50;

    @RegisterExtension
    static ZfsPoolExtension zfs = new ZfsPoolExtension(128);

    /** The pool's capacity as zpool prints it ({@code 87%}). */
    private static int capacity() throws Exception {
        String out = ZfsPoolExtension.run(List.of("zpool", "list", "-H", "-o", "cap", zfs.poolName())).strip();
        return Integer.parseInt(out.replace("%", ""));
    }

    /** Waits (up to 60 s) until ZFS has written out or freed what was changed: capacity meets the test. */
    private static int awaitCapacity(IntPredicate wanted) throws Exception {
        int percent = capacity();
        for (int i = 0; i < 120 && !wanted.test(percent); i++) {
            ZfsPoolExtension.run(List.of("sync"));
            Thread.sleep(500);
            percent = capacity();
        }
        return percent;
    }

    /** zfs-fuse answers "dataset is busy" for a moment after the last file was closed. */
    private static void destroy(String dataset) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                ZfsPoolExtension.run(List.of("zfs", "destroy", "-f", dataset));
                return;
            } catch (java.io.IOException busy) {
                if (attempt == 10) {
                    throw busy;
                }
                Thread.sleep(1000);
            }
        }
    }

    @Test
    void aFullPoolFiresAndClears(JenkinsRule r) throws Exception {
        r.jenkins.setLabelString("planb");
        PlanbGlobalConfiguration.get().setStorageThreshold(THRESHOLD);
        ZfsPoolExtension.run(List.of("zfs", "create", zfs.poolName() + "/BACKUP"));
        HostGroup group = r.jenkins.createProject(HostGroup.class, "acme");
        group.setZfsParent(zfs.poolName() + "/BACKUP");
        group.save();
        group.createProject(BackupHost.class, "web01");
        StorageSpaceMonitor monitor = StorageSpaceMonitor.get();

        StorageSpaceCheck.get().checkNow(TaskListener.NULL);
        assertThat(monitor.getReadings()).singleElement()
                .satisfies(reading -> assertThat(reading.usage()).as(reading.problem()).isNotNull());
        assertThat(monitor.isActivated()).as("a nearly empty pool").isFalse();

        // 80 MiB of random bytes, which no compression shrinks: about 65 % of the pool. In a dataset
        // of its own: zfs-fuse gives a deleted file's space back to the pool only much later, a
        // destroyed dataset's at once.
        String fillerDataset = zfs.poolName() + "/filler";
        ZfsPoolExtension.run(List.of("zfs", "create", fillerDataset));
        Path filler = zfs.mountpoint().resolve("filler/random");
        Random random = new Random(42);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int mib = 0; mib < 80; mib++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        int full = awaitCapacity(p -> p > THRESHOLD);
        assertThat(full).as("the pool's capacity after filling").isGreaterThan(THRESHOLD);

        StorageSpaceCheck.get().checkNow(TaskListener.NULL);
        assertThat(monitor.getFullStorages()).singleElement().satisfies(reading -> {
            assertThat(reading.storage()).isEqualTo("ZFS " + zfs.poolName() + "/BACKUP");
            assertThat(reading.usage().place()).isEqualTo("pool " + zfs.poolName());
            assertThat(reading.usage().capacityPercent()).isEqualTo(full);
        });
        assertThat(r.createWebClient().goTo("manage").getWebResponse().getContentAsString())
                .contains("ZFS " + zfs.poolName() + "/BACKUP");

        destroy(fillerDataset);
        assertThat(awaitCapacity(p -> p <= THRESHOLD)).as("the pool's capacity after deleting")
                .isLessThanOrEqualTo(THRESHOLD);
        StorageSpaceCheck.get().checkNow(TaskListener.NULL);
        assertThat(monitor.isActivated()).as("cleared once the space is free").isFalse();
    }
}
