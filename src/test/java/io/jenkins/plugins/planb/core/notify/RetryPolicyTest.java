package io.jenkins.plugins.planb.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void theDefaultWaitsOneFiveAndTwentyFiveSeconds() {
        assertThat(RetryPolicy.DEFAULT.delays())
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(25));
    }

    @Test
    void noRetriesMeansOneAttempt() {
        assertThat(new RetryPolicy(0, Duration.ofSeconds(1), 5).delays()).isEmpty();
    }

    @Test
    void valuesOutsideTheRulesAreRefusedNamingTheRule() {
        assertThatThrownBy(() -> new RetryPolicy(11, Duration.ofSeconds(1), 5)).hasMessage("retries: " + RetryPolicy.RETRIES_RULE);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(-1), 5))
                .hasMessageContaining(RetryPolicy.FIRST_DELAY_RULE);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 0)).hasMessage("backoff factor: " + RetryPolicy.FACTOR_RULE);
        assertThat(RetryPolicy.retriesRule(-1)).isPresent();
        assertThat(RetryPolicy.firstDelayRule(3601)).isPresent();
        assertThat(RetryPolicy.factorRule(10)).isEmpty();
    }
}
