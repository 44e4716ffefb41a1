package io.jenkins.plugins.planb.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class StateChangeTest {

    static final HostId HOST = new HostId("acme", "web01");

    @Test
    void mailsTheFirstFailureAndTheRecoveryOnly() {
        List<StateChange> changes = changes(List.of(Outcome.SUCCESS, Outcome.FAILED, Outcome.FAILED,
                Outcome.SKIPPED, Outcome.FAILED, Outcome.PARTIAL, Outcome.SUCCESS, Outcome.FAILED, Outcome.SUCCESS));
        assertThat(changes).containsExactly(StateChange.NONE, StateChange.FAILED, StateChange.NONE,
                StateChange.NONE, StateChange.NONE, StateChange.RECOVERED, StateChange.NONE, StateChange.FAILED,
                StateChange.RECOVERED);
    }

    @Test
    void aHostWhoseFirstRunFailsIsAFailure() {
        assertThat(changes(List.of(Outcome.SKIPPED, Outcome.FAILED, Outcome.FAILED)))
                .containsExactly(StateChange.NONE, StateChange.FAILED, StateChange.NONE);
    }

    /** Between two mails about one host the kind alternates: never two failure mails without a recovery between. */
    @Property
    void failureAndRecoveryMailsAlternate(@ForAll @Size(max = 60) List<Outcome> outcomes) {
        List<StateChange> sent = changes(outcomes).stream().filter(c -> c != StateChange.NONE).toList();
        for (int i = 0; i < sent.size(); i++) {
            assertThat(sent.get(i)).isEqualTo(i % 2 == 0 ? StateChange.FAILED : StateChange.RECOVERED);
        }
    }

    private static List<StateChange> changes(List<Outcome> outcomes) {
        HostSummary summary = HostSummary.NEVER_RUN;
        List<StateChange> changes = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            RunRecord run = NotifyFixtures.run(i, outcomes.get(i));
            changes.add(StateChange.of(summary, run));
            summary = summary.after(run);
        }
        return changes;
    }
}
