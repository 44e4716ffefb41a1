package io.jenkins.plugins.planb.notify;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads notifications run on, never a build's: one schedules webhook attempts and their
 * retries (the POSTs themselves are asynchronous), one sends mail, one at a time. Daemon threads,
 * so they never hold Jenkins up when it stops.
 */
final class NotificationThreads {

    private static final ScheduledExecutorService WEBHOOKS =
            Executors.newSingleThreadScheduledExecutor(named("PlanB webhook retries"));
    private static final ExecutorService MAIL = Executors.newSingleThreadExecutor(named("PlanB mail"));

    private NotificationThreads() {}

    static ScheduledExecutorService webhooks() {
        return WEBHOOKS;
    }

    static ExecutorService mail() {
        return MAIL;
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + " " + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
