package io.jenkins.plugins.planb.core.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How often and when a webhook delivery is tried again: {@code retries} more attempts after the
 * first, the first after {@code firstDelay} and each next one {@code factor} times later. The
 * defaults, 3 retries after 1 s, 5 s and 25 s, give a receiver half a minute to come back.
 */
public record RetryPolicy(int retries, Duration firstDelay, int factor) {

    public static final int DEFAULT_RETRIES = 3;
    public static final int DEFAULT_FIRST_DELAY_SECONDS = 1;
    public static final int DEFAULT_FACTOR = 5;

    static final int MAX_RETRIES = 10;
    static final int MAX_FIRST_DELAY_SECONDS = 3600;
    static final int MAX_FACTOR = 10;

    public static final String RETRIES_RULE = "a whole number of retries from 0 to " + MAX_RETRIES;
    public static final String FIRST_DELAY_RULE = "a whole number of seconds from 0 to "
            + MAX_FIRST_DELAY_SECONDS;
    public static final String FACTOR_RULE = "a whole number from 1 to " + MAX_FACTOR;

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(DEFAULT_RETRIES, Duration.ofSeconds(DEFAULT_FIRST_DELAY_SECONDS), DEFAULT_FACTOR);

    public RetryPolicy {
        retriesRule(retries).ifPresent(p -> {
            throw new IllegalArgumentException("retries: " + p);
        });
        if (firstDelay == null || firstDelay.isNegative() || firstDelay.toSeconds() > MAX_FIRST_DELAY_SECONDS) {
            throw new IllegalArgumentException("first retry delay: " + FIRST_DELAY_RULE);
        }
        factorRule(factor).ifPresent(p -> {
            throw new IllegalArgumentException("backoff factor: " + p);
        });
    }

    public static Optional<String> retriesRule(long retries) {
        return retries < 0 || retries > MAX_RETRIES ? Optional.of(RETRIES_RULE) : Optional.empty();
    }

    public static Optional<String> firstDelayRule(long seconds) {
        return seconds < 0 || seconds > MAX_FIRST_DELAY_SECONDS ? Optional.of(FIRST_DELAY_RULE) : Optional.empty();
    }

    public static Optional<String> factorRule(long factor) {
        return factor < 1 || factor > MAX_FACTOR ? Optional.of(FACTOR_RULE) : Optional.empty();
    }

    /** The wait before retry {@code n} (1 = the second attempt). */
    public Duration delayBefore(int retry) {
        if (retry < 1 || retry > retries) {
            throw new IllegalArgumentException("retry " + retry + " of " + retries);
        }
        Duration delay = firstDelay;
        for (int i = 1; i < retry; i++) {
            delay = delay.multipliedBy(factor);
        }
        return delay;
    }

    /** Every wait, in order: {@code [1s, 5s, 25s]} for the default. */
    public List<Duration> delays() {
        List<Duration> delays = new ArrayList<>();
        for (int retry = 1; retry <= retries; retry++) {
            delays.add(delayBefore(retry));
        }
        return delays;
    }
}
