package io.jenkins.plugins.planb.core.exec;

import java.util.ArrayDeque;
import java.util.Deque;

/** Bounded capture of a command's output lines, joined with {@code \n}. Thread-safe. */
abstract sealed class OutputCapture permits OutputCapture.Head, OutputCapture.Tail {

    protected final int limit;

    OutputCapture(int limit) {
        this.limit = limit;
    }

    abstract void add(String line);

    abstract String text();

    /** Keeps the first {@code limit} characters; later lines are counted but dropped. */
    static final class Head extends OutputCapture {
        private final StringBuilder kept = new StringBuilder();
        private boolean truncated;

        Head(int limit) {
            super(limit);
        }

        @Override
        synchronized void add(String line) {
            if (truncated) {
                return;
            }
            int room = limit - kept.length();
            if (line.length() + 1 <= room) {
                kept.append(line).append('\n');
            } else {
                kept.append(line, 0, Math.max(0, Math.min(line.length(), room)));
                truncated = true;
            }
        }

        @Override
        synchronized String text() {
            return kept.toString();
        }
    }

    /** Keeps the last {@code limit} characters, in whole lines (a single huge line is cut at its end). */
    static final class Tail extends OutputCapture {
        private final Deque<String> lines = new ArrayDeque<>();
        private long size;

        Tail(int limit) {
            super(limit);
        }

        @Override
        synchronized void add(String line) {
            String kept = line.length() + 1 > limit ? line.substring(line.length() - (limit - 1)) : line;
            lines.addLast(kept);
            size += kept.length() + 1;
            while (size > limit) {
                size -= lines.removeFirst().length() + 1;
            }
        }

        @Override
        synchronized String text() {
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                text.append(line).append('\n');
            }
            return text.toString();
        }
    }
}
