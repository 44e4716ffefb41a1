package io.jenkins.plugins.planb.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final URI URL = URI.create("https://hooks.example.com/planb");
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(5), 2);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    /** Answers with the scripted statuses in turn (null: no answer at all), recording what it got. */
    private static final class ScriptedEndpoint implements WebhookDelivery.Endpoint {
        private final List<Integer> answers;
        final List<Long> attemptTimes = Collections.synchronizedList(new ArrayList<>());
        final List<Map<String, String>> headers = Collections.synchronizedList(new ArrayList<>());

        ScriptedEndpoint(Integer... answers) {
            this.answers = new ArrayList<>(java.util.Arrays.asList(answers));
        }

        @Override
        public CompletableFuture<Integer> post(URI url, Map<String, String> headers, byte[] body) {
            attemptTimes.add(System.nanoTime());
            this.headers.add(headers);
            Integer answer = answers.isEmpty() ? Integer.valueOf(500) : answers.remove(0);
            return answer == null ? CompletableFuture.failedFuture(new ConnectException("Connection refused"))
                    : CompletableFuture.completedFuture(answer);
        }
    }

    private WebhookDelivery.Result deliver(ScriptedEndpoint endpoint, RetryPolicy policy) throws Exception {
        return new WebhookDelivery(endpoint, scheduler, policy)
                .deliver(URL, Map.of("X-PlanB-Delivery", "d1"), new byte[] {1}).get(10, TimeUnit.SECONDS);
    }

    @Test
    void deliveredAtOnce() throws Exception {
        ScriptedEndpoint endpoint = new ScriptedEndpoint(204);
        assertThat(deliver(endpoint, FAST)).isEqualTo(new WebhookDelivery.Result(URL, true, 1, null));
    }

    @Test
    void failsTwiceThenDeliversOnTheThirdAttemptWithTheSameHeaders() throws Exception {
        ScriptedEndpoint endpoint = new ScriptedEndpoint(503, null, 200);
        WebhookDelivery.Result result = deliver(endpoint, FAST);
        assertThat(result.delivered()).isTrue();
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(endpoint.headers).allSatisfy(h -> assertThat(h).containsEntry("X-PlanB-Delivery", "d1"));
        long firstWait = endpoint.attemptTimes.get(1) - endpoint.attemptTimes.get(0);
        long secondWait = endpoint.attemptTimes.get(2) - endpoint.attemptTimes.get(1);
        assertThat(firstWait).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(5));
        assertThat(secondWait).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(10));
    }

    @Test
    void givesUpAfterTheLastRetryAndSaysWhy() throws Exception {
        ScriptedEndpoint endpoint = new ScriptedEndpoint(null, null, null, null, null);
        WebhookDelivery.Result result = deliver(endpoint, FAST);
        assertThat(result).isEqualTo(new WebhookDelivery.Result(URL, false, 4, "ConnectException: Connection refused"));
        assertThat(endpoint.attemptTimes).hasSize(4);
    }

    @Test
    void anAnswerThatRetryingCannotChangeEndsAtOnce() throws Exception {
        assertThat(deliver(new ScriptedEndpoint(401), FAST)).isEqualTo(new WebhookDelivery.Result(URL, false, 1,
                "HTTP 401"));
        assertThat(deliver(new ScriptedEndpoint(302), FAST).attempts()).isEqualTo(1);
        assertThat(deliver(new ScriptedEndpoint(429, 408, 202), FAST).attempts()).isEqualTo(3);
    }

    @Test
    void anEndpointThatThrowsCountsAsAFailedAttempt() throws Exception {
        WebhookDelivery.Endpoint throwing = (url, headers, body) -> {
            throw new IllegalStateException("client closed");
        };
        WebhookDelivery.Result result = new WebhookDelivery(throwing, scheduler, new RetryPolicy(1, Duration.ZERO, 1))
                .deliver(URL, Map.of(), new byte[0]).get(10, TimeUnit.SECONDS);
        assertThat(result).isEqualTo(new WebhookDelivery.Result(URL, false, 2,
                "IllegalStateException: client closed"));
    }

    @Test
    void anExceptionWithoutMessageNamesItsCause() {
        ConnectException refused = new ConnectException();
        refused.initCause(new java.nio.channels.ClosedChannelException());
        assertThat(WebhookDelivery.describe(new java.util.concurrent.CompletionException(refused)))
                .isEqualTo("ConnectException: ClosedChannelException");
        assertThat(WebhookDelivery.describe(new java.net.http.HttpTimeoutException("request timed out")))
                .isEqualTo("HttpTimeoutException: request timed out");
    }
}
