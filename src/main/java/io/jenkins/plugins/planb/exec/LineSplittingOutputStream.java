package io.jenkins.plugins.planb.exec;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Receives a process's output stream and hands it on line by line, keeping the first
 * {@code captureLimit} characters as well for the engine's {@code ExecResult}. Bytes are decoded
 * as UTF-8 with replacement, so a file name that is not UTF-8 cannot break the log. A line ends
 * at {@code \n} or {@code \r} ({@code \r\n} counts once), as in the engine's own runner: rsync
 * redraws its progress with {@code \r}, and the engine must see each redraw as it comes.
 */
final class LineSplittingOutputStream extends OutputStream {

    private final Consumer<String> lines;
    private final int captureLimit;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final StringBuilder captured = new StringBuilder();
    private boolean afterCarriageReturn;

    LineSplittingOutputStream(Consumer<String> lines, int captureLimit) {
        this.lines = lines;
        this.captureLimit = captureLimit;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false;
            return;
        }
        afterCarriageReturn = b == '\r';
        if (b == '\n' || b == '\r') {
            flushLine();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            flushLine();
        }
    }

    synchronized String captured() {
        return captured.toString();
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (captured.length() < captureLimit) {
            captured.append(text, 0, Math.min(text.length(), captureLimit - captured.length())).append('\n');
        }
        lines.accept(text);
    }
}
