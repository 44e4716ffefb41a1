package io.jenkins.plugins.planb.core.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link WebhookDelivery.Endpoint} over the JDK's HTTP client: a POST with a time limit, the answer's body discarded. */
public final class HttpClientEndpoint implements WebhookDelivery.Endpoint {

    /** A receiver that takes longer than this to answer counts as failed (and is tried again). */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;

    /** @param client a client with a connect timeout (Jenkins passes one that honours its proxy settings) */
    public HttpClientEndpoint(HttpClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public CompletableFuture<Integer> post(URI url, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }
}
