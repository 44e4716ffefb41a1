package io.jenkins.plugins.planb.core.exec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a process and everything it started. rsync over ssh is three processes (rsync, its
 * ssh, and rsync's receiver fork); killing only the top one would leave the others writing
 * into the destination.
 */
final class ProcessTree {

    private ProcessTree() {}

    /**
     * Sends TERM to the descendants, then to the process; after {@code grace}, KILL to whatever
     * still lives. Returns when all of them are gone or a further grace period has passed.
     * Never throws InterruptedException: stopping must complete even for an interrupted caller,
     * whose interrupt status is kept.
     */
    static void kill(Process process, Duration grace) {
        boolean interrupted = Thread.interrupted();
        try {
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            tree.add(process.toHandle());
            tree.forEach(ProcessHandle::destroy);
            if (!awaitAll(tree, grace)) {
                // descendants started during the grace period are caught here too
                List<ProcessHandle> remaining = new ArrayList<>(process.descendants().toList());
                remaining.addAll(tree);
                remaining.forEach(ProcessHandle::destroyForcibly);
                awaitAll(remaining, grace);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean awaitAll(List<ProcessHandle> handles, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        for (ProcessHandle handle : handles) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return handles.stream().noneMatch(ProcessHandle::isAlive);
            }
            CompletableFuture<ProcessHandle> exit = handle.onExit();
            try {
                exit.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                // onExit does not fail; treat as gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return handles.stream().noneMatch(ProcessHandle::isAlive);
            }
        }
        return true;
    }
}
