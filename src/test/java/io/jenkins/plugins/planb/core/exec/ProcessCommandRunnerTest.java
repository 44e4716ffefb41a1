package io.jenkins.plugins.planb.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Real small processes through {@code sh -c} (a shell is fine in tests, never in the engine). */
class ProcessCommandRunnerTest {

    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    private static Command sh(String script) {
        return Command.of("sh", "-c", script);
    }

    private static final class Recorder implements OutputHandler {
        final List<String> out = Collections.synchronizedList(new ArrayList<>());
        final List<String> err = Collections.synchronizedList(new ArrayList<>());
        final List<Long> outArrivals = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void stdout(String line) {
            out.add(line);
            outArrivals.add(System.nanoTime());
        }

        @Override
        public void stderr(String line) {
            err.add(line);
        }
    }

    @Test
    void deliversBothStreamsLineByLineAndCapturesThem() throws Exception {
        Recorder recorder = new Recorder();
        ExecResult result = runner.run(sh("echo one; echo oops >&2; echo two; exit 23"), recorder);

        assertThat(recorder.out).containsExactly("one", "two");
        assertThat(recorder.err).containsExactly("oops");
        assertThat(result.exitCode()).isEqualTo(23);
        assertThat(result.timedOut()).isFalse();
        assertThat(result.stdout()).isEqualTo("one\ntwo\n");
        assertThat(result.stderr()).isEqualTo("oops\n");
    }

    @Test
    void linesArriveWhileTheProcessStillRuns() throws Exception {
        Recorder recorder = new Recorder();
        runner.run(sh("echo early; sleep 2; echo late"), recorder);
        long end = System.nanoTime();

        assertThat(recorder.out).containsExactly("early", "late");
        assertThat(end - recorder.outArrivals.get(0)).isGreaterThan(Duration.ofMillis(1500).toNanos());
    }

    @Test
    void splitsOnCarriageReturnsAndDecodesBadUtf8WithReplacement() throws Exception {
        Recorder recorder = new Recorder();
        runner.run(sh("printf 'a\\rb\\r\\nc\\n\\377x\\nno-newline'"), recorder);

        assertThat(recorder.out).containsExactly("a", "b", "c", "\uFFFDx", "no-newline");
    }

    @Test
    void stdinIsEmptySoNothingCanWaitForInput() throws Exception {
        ExecResult result = runner.run(Command.of("cat").withTimeout(Duration.ofSeconds(10)));

        assertThat(result.timedOut()).isFalse();
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void setsTheCLocaleSoMessagesCanBeParsed() throws Exception {
        ExecResult result = runner.run(sh("echo \"$LC_ALL\""));

        assertThat(result.stdout()).isEqualTo("C\n");
    }

    @Test
    void timeoutKillsTheWholeProcessTree() throws Exception {
        Recorder recorder = new Recorder();
        long start = System.nanoTime();
        ExecResult result = runner.run(
                sh("sleep 60 & echo $!; wait").withTimeout(Duration.ofMillis(700)), recorder);

        assertThat(result.timedOut()).isTrue();
        assertThat(result.exitCode()).isEqualTo(-1);
        assertThat(result.succeeded()).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(10).toNanos());
        long grandchild = Long.parseLong(recorder.out.get(0));
        assertThat(ProcessHandle.of(grandchild).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void aProcessIgnoringTermIsKilledAfterTheGrace() throws Exception {
        long start = System.nanoTime();
        ExecResult result = runner.run(
                sh("trap '' TERM; echo ready; while :; do sleep 1; done").withTimeout(Duration.ofMillis(500)));

        assertThat(result.timedOut()).isTrue();
        long elapsed = System.nanoTime() - start;
        assertThat(elapsed).isGreaterThanOrEqualTo(ProcessCommandRunner.KILL_GRACE.toNanos());
        assertThat(elapsed).isLessThan(ProcessCommandRunner.KILL_GRACE.multipliedBy(4).toNanos());
    }

    @Test
    void interruptingTheCallerKillsTheTreeAndThrows() throws Exception {
        Recorder recorder = new Recorder();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                runner.run(sh("sleep 60 & echo $!; wait"), recorder);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        caller.start();
        while (recorder.out.isEmpty()) {
            Thread.sleep(20);
        }
        caller.interrupt();
        caller.join(Duration.ofSeconds(15));

        assertThat(caller.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        long grandchild = Long.parseLong(recorder.out.get(0));
        assertThat(ProcessHandle.of(grandchild).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void keepsTheHeadOfStdoutAndTheTailOfStderr() throws Exception {
        Recorder recorder = new Recorder();
        ExecResult result = runner.run(sh("seq 1 1000000; seq 1 100000 >&2"), recorder);

        assertThat(recorder.out).hasSize(1_000_000);
        assertThat(result.stdout()).startsWith("1\n2\n3\n");
        assertThat(result.stdout().length()).isLessThanOrEqualTo(ProcessCommandRunner.STDOUT_HEAD_CHARS);
        assertThat(result.stdout()).doesNotContain("\n1000000\n");
        assertThat(result.stderr()).endsWith("\n99999\n100000\n");
        assertThat(result.stderr().length()).isLessThanOrEqualTo(ProcessCommandRunner.STDERR_TAIL_CHARS);
        assertThat(result.stderr()).doesNotStartWith("1\n");
    }

    @Test
    void aMissingProgramIsAnIOException() {
        assertThatThrownBy(() -> runner.run(Command.of("/nonexistent/planb-no-such-program")))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aHandlerThatThrowsDoesNotStopTheReader() throws Exception {
        OutputHandler throwing = new OutputHandler() {
            @Override
            public void stdout(String line) {
                throw new IllegalStateException("handler bug");
            }

            @Override
            public void stderr(String line) {}
        };
        ExecResult result = runner.run(sh("seq 1 3"), throwing);

        assertThat(result.stdout()).isEqualTo("1\n2\n3\n");
        assertThat(result.exitCode()).isZero();
    }
}
