package io.jenkins.plugins.planb.notify;

import hudson.ProxyConfiguration;
import hudson.model.ItemGroup;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.notify.HttpClientEndpoint;
import io.jenkins.plugins.planb.core.notify.WebhookDelivery;
import io.jenkins.plugins.planb.core.notify.WebhookSignature;
import io.jenkins.plugins.planb.monitor.WebhookFailuresMonitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts a webhook document to the URLs of one {@link WebhookSettings}, signed with its secret, off
 * the build's thread. What becomes of each delivery is logged, and a delivery that failed after
 * its retries is listed by {@link WebhookFailuresMonitor}; the build is never told.
 */
final class WebhookSender {

    private static final Logger LOGGER = Logger.getLogger(WebhookSender.class.getName());
    static final String DELIVERY_HEADER = "X-PlanB-Delivery";
    static final String EVENT_HEADER = "X-PlanB-Event";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** How long one HTTP client (and its connection pool) serves before a new one picks up changed proxy settings. */
    private static final long CLIENT_LIFETIME_NANOS = Duration.ofMinutes(10).toNanos();

    private static HttpClient client;
    private static long clientCreated;

    private WebhookSender() {}

    /** Jenkins' proxy settings apply; redirects are not followed. */
    private static synchronized HttpClient client() {
        long now = System.nanoTime();
        if (client == null || now - clientCreated > CLIENT_LIFETIME_NANOS) {
            client = ProxyConfiguration.newHttpClientBuilder().connectTimeout(CONNECT_TIMEOUT).build();
            clientCreated = now;
        }
        return client;
    }

    /**
     * @param context     where the secret credential is looked up: the host group, or Jenkins for the site's webhook
     * @param contextName how log lines name it
     * @param body    the document; the signature covers exactly these bytes
     */
    static void send(WebhookSettings settings, ItemGroup<?> context, String contextName, byte[] body, String event,
            HostId host, TaskListener listener) {
        List<URI> urls = settings.targets();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put(EVENT_HEADER, event);
        headers.put(DELIVERY_HEADER, UUID.randomUUID().toString());
        String credentialsId = settings.getCredentialsId();
        if (credentialsId != null) {
            String secret = WebhookSecrets.secret(context, credentialsId);
            if (secret == null || secret.isEmpty()) {
                String problem = "the signing secret credential '" + credentialsId + "' was not found (or is empty)"
                        + " in " + contextName + "; nothing was sent";
                for (URI url : urls) {
                    failed(new WebhookDelivery.Result(url, false, 0, problem), host);
                }
                listener.getLogger().println("[planb] webhook not sent: " + problem);
                return;
            }
            headers.put(WebhookSignature.HEADER, WebhookSignature.sign(secret, body));
        }
        WebhookDelivery delivery = new WebhookDelivery(new HttpClientEndpoint(client()), NotificationThreads.webhooks(),
                PlanbGlobalConfiguration.get().retryPolicy());
        for (URI url : urls) {
            listener.getLogger().println("[planb] webhook: posting to " + url + " (in the background)");
            delivery.deliver(url, headers, body).thenAccept(result -> {
                if (result.delivered()) {
                    LOGGER.fine(() -> "PlanB: webhook for " + host + " delivered to " + url + " after "
                            + result.attempts() + " attempt(s)");
                } else {
                    failed(result, host);
                }
            });
        }
    }

    private static void failed(WebhookDelivery.Result result, HostId host) {
        LOGGER.log(Level.WARNING, "PlanB: webhook for {0} not delivered to {1} after {2} attempt(s): {3}",
                new Object[] {host, result.url(), result.attempts(), result.problem()});
        WebhookFailuresMonitor.get().record(new WebhookFailuresMonitor.Failure(result.url().toString(),
                host.toString(), Instant.now(), result.attempts(), result.problem()));
    }
}
