package io.jenkins.plugins.planb.core.exec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a stream on its own daemon thread and hands out lines as they arrive. A line ends at
 * {@code \n} or {@code \r} (rsync redraws progress with {@code \r}); {@code \r\n} counts once.
 * Bytes are decoded as UTF-8 with U+FFFD for malformed input, so a file name that is not
 * UTF-8 cannot break the reader. Empty lines are kept, a very long line is split.
 */
final class LineReader implements Runnable {

    /** Longest line handed out in one piece. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    private final InputStream input;
    private final Consumer<String> lines;

    private LineReader(InputStream input, Consumer<String> lines) {
        this.input = input;
        this.lines = lines;
    }

    static Thread start(InputStream input, Consumer<String> lines, String name) {
        Thread thread = new Thread(new LineReader(input, lines), name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean previousWasCarriageReturn = false;
        try (input) {
            int count;
            while ((count = input.read(buffer)) != -1) {
                for (int i = 0; i < count; i++) {
                    byte b = buffer[i];
                    if (b == '\n' && previousWasCarriageReturn) {
                        previousWasCarriageReturn = false;
                        continue;
                    }
                    previousWasCarriageReturn = b == '\r';
                    if (b == '\n' || b == '\r') {
                        emit(line);
                    } else {
                        line.write(b);
                        if (line.size() >= MAX_LINE_BYTES) {
                            emit(line);
                        }
                    }
                }
            }
        } catch (IOException closed) {
            // the process is gone and its pipe with it; what was read is delivered below
        }
        if (line.size() > 0) {
            emit(line);
        }
    }

    private void emit(ByteArrayOutputStream line) {
        lines.accept(line.toString(StandardCharsets.UTF_8));
        line.reset();
    }
}
