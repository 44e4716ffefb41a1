package io.jenkins.plugins.planb;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP receiver on 127.0.0.1 that keeps every POST (headers and body) and answers the scripted
 * status codes in turn (then 200).
 */
final class WebhookReceiver implements AutoCloseable {

    record Request(Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final AtomicInteger attempts = new AtomicInteger();

    WebhookReceiver(int... answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            int attempt = attempts.getAndIncrement();
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Request(Map.copyOf(exchange.getRequestHeaders()), body));
            int status = attempt < answers.length ? answers[attempt] : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    /** The next request, waiting up to {@code seconds}; null if none came. */
    Request next(int seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }

    int attempts() {
        return attempts.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
