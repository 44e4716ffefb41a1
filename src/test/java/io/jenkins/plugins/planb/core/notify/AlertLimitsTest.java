package io.jenkins.plugins.planb.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertLimitsTest {

    @Test
    void rangesAndTheirEdges() {
        assertThat(AlertLimits.overdueHours(AlertLimits.DEFAULT_OVERDUE_HOURS)).isEmpty();
        assertThat(AlertLimits.overdueHours(1)).isEmpty();
        assertThat(AlertLimits.overdueHours(0)).contains(AlertLimits.OVERDUE_RULE);
        assertThat(AlertLimits.overdueHours(8761)).contains(AlertLimits.OVERDUE_RULE);
        assertThat(AlertLimits.storageThreshold(AlertLimits.DEFAULT_STORAGE_THRESHOLD)).isEmpty();
        assertThat(AlertLimits.storageThreshold(100)).contains(AlertLimits.THRESHOLD_RULE);
        assertThat(AlertLimits.storageThreshold(0)).contains(AlertLimits.THRESHOLD_RULE);
        assertThat(AlertLimits.digestHour(0)).isEmpty();
        assertThat(AlertLimits.digestHour(23)).isEmpty();
        assertThat(AlertLimits.digestHour(24)).contains(AlertLimits.DIGEST_HOUR_RULE);
    }
}
