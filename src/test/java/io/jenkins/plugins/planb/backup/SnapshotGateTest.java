package io.jenkins.plugins.planb.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotGateTest {

    @ParameterizedTest
    @ValueSource(strings = {"SUCCESS", "UNSTABLE"})
    void aGoodOrUnstableBuildGetsItsSnapshot(String result) {
        assertThat(SnapshotGate.abandonReason(result, false)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aBuildWithoutResultYetGetsItsSnapshot() {
        assertThat(SnapshotGate.abandonReason(null, false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"FAILURE", "NOT_BUILT", "ABORTED"})
    void aBuildThatWentBadAfterTheTransferGetsNone(String result) {
        assertThat(SnapshotGate.abandonReason(result, false)).hasValueSatisfying(
                reason -> assertThat(reason).contains(result).contains("no snapshot"));
    }

    @org.junit.jupiter.api.Test
    void anInterruptedBuildGetsNoneWhateverItsResult() {
        assertThat(SnapshotGate.abandonReason("SUCCESS", true)).hasValueSatisfying(
                reason -> assertThat(reason).contains("aborted"));
    }
}
