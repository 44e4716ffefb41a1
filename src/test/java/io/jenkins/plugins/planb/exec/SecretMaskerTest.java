package io.jenkins.plugins.planb.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    @Test
    void masksEverySecretInCommandsAndOutput() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        BuildRunLog log = new BuildRunLog(new PrintStream(buffer, true, StandardCharsets.UTF_8),
                new SecretMasker(List.of("s3cret", "s3cret-longer")));
        log.command(List.of("rsync", "--password=s3cret-longer", "a b"));
        log.output("echo s3cret");
        log.warn("failed with s3cret");
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("s3cret");
        assertThat(text).contains("$ rsync --password=**** 'a b'", "echo ****", "WARNING: failed with ****");
    }

    @Test
    void quotesArgumentsForAShell() {
        assertThat(SecretMasker.shellQuote("plain/path")).isEqualTo("plain/path");
        assertThat(SecretMasker.shellQuote("it's")).isEqualTo("'it'\\''s'");
        assertThat(SecretMasker.shellQuote("")).isEqualTo("''");
    }

    @Test
    void splitsStreamsIntoLinesAndCapturesTheHead() {
        List<String> lines = new ArrayList<>();
        LineSplittingOutputStream out = new LineSplittingOutputStream(lines::add, 8);
        byte[] bytes = "one\r\ntwo\nthree".getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        out.close();
        assertThat(lines).containsExactly("one", "two", "three");
        assertThat(out.captured()).isEqualTo("one\ntwo\n");
    }
}
