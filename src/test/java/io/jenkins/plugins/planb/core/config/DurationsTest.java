package io.jenkins.plugins.planb.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0", "600, 600", "90s, 90", "10m, 600", "1h30m, 5400", "2d, 172800", "1d2h3m4s, 93784",
        "' 10m ', 600", "0s, 0", "0m, 0", "100h, 360000"
    })
    void readsWhatPeopleWrite(String text, long seconds) {
        assertThat(Durations.parse(text)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "m", "-1", "1.5h", "10 m", "10M", "30m1h", "1h 30m", "10min", "2w", "1e3"})
    void refusesEverythingElse(String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(Durations.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, 0s", "45, 45s", "90, 1m30s", "600, 10m", "3600, 1h", "7200, 2h", "5400, 1h30m", "93784, 1d2h3m4s",
        "604800, 7d"})
    void formatsTheShortestFormThatReadsBack(long seconds, String text) {
        assertThat(Durations.format(Duration.ofSeconds(seconds))).isEqualTo(text);
        assertThat(Durations.parse(text)).contains(Duration.ofSeconds(seconds));
    }

    @Test
    void formatsLessThanASecondInMilliseconds() {
        assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(Durations.format(Duration.ofMillis(2500))).isEqualTo("2s");
    }
}
