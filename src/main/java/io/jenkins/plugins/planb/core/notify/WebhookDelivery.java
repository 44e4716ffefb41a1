package io.jenkins.plugins.planb.core.notify;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers one webhook body to one URL, trying again after the {@link RetryPolicy}'s waits.
 * Nothing blocks a thread: each attempt is an asynchronous POST, each wait a task on the
 * scheduler, so a thousand deliveries to a dead receiver cost no threads while they wait.
 *
 * <p>A 2xx answer is delivered. 5xx, 408, 429 and network errors are tried again; any other
 * answer (a 4xx, a redirect, which is not followed) will not change by trying again and ends the
 * delivery at once.
 */
public final class WebhookDelivery {

    /** Sends one POST; completes with the HTTP status, or exceptionally when no answer came. */
    @FunctionalInterface
    public interface Endpoint {
        CompletableFuture<Integer> post(URI url, Map<String, String> headers, byte[] body);
    }

    /**
     * How a delivery ended.
     *
     * @param attempts how many POSTs were sent
     * @param problem  {@code null} when delivered, else what the last attempt met ({@code HTTP 503},
     *                 {@code connection refused}, …)
     */
    public record Result(URI url, boolean delivered, int attempts, String problem) {}

    private final Endpoint endpoint;
    private final ScheduledExecutorService scheduler;
    private final RetryPolicy policy;

    public WebhookDelivery(Endpoint endpoint, ScheduledExecutorService scheduler, RetryPolicy policy) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Starts the delivery; the future completes (never exceptionally) once it was delivered or given up. */
    public CompletableFuture<Result> deliver(URI url, Map<String, String> headers, byte[] body) {
        CompletableFuture<Result> result = new CompletableFuture<>();
        attempt(url, Map.copyOf(headers), body.clone(), 1, result);
        return result;
    }

    private void attempt(URI url, Map<String, String> headers, byte[] body, int attempt,
            CompletableFuture<Result> result) {
        CompletableFuture<Integer> sent;
        try {
            sent = endpoint.post(url, headers, body);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((status, error) -> {
            String problem;
            boolean retryable;
            if (error == null && status / 100 == 2) {
                result.complete(new Result(url, true, attempt, null));
                return;
            } else if (error == null) {
                problem = "HTTP " + status;
                retryable = status / 100 == 5 || status == 408 || status == 429;
            } else {
                problem = describe(error);
                retryable = true;
            }
            if (!retryable || attempt > policy.retries()) {
                result.complete(new Result(url, false, attempt, problem));
                return;
            }
            try {
                scheduler.schedule(() -> attempt(url, headers, body, attempt + 1, result),
                        policy.delayBefore(attempt).toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException rejected) {
                result.complete(new Result(url, false, attempt, problem + "; no retry: " + describe(rejected)));
            }
        });
    }

    /**
     * An exception as an admin reads it: {@code ConnectException: Connection refused}; an
     * exception without a message names its cause instead ({@code ConnectException:
     * ClosedChannelException}, as the JDK's HTTP client reports a refused connection).
     */
    static String describe(Throwable error) {
        Throwable shown = error;
        while (shown instanceof CompletionException && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage();
        if ((message == null || message.isBlank()) && shown.getCause() != null) {
            Throwable cause = shown.getCause();
            message = cause.getClass().getSimpleName()
                    + (cause.getMessage() == null || cause.getMessage().isBlank() ? "" : ": " + cause.getMessage());
        }
        String name = shown.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }
}
