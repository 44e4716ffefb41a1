package io.jenkins.plugins.planb.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplittingOutputStreamTest {

    @Test
    void rsyncsProgressRedrawsArriveOneByOneAndCrLfCountsOnce() {
        List<String> lines = new ArrayList<>();
        LineSplittingOutputStream out = new LineSplittingOutputStream(lines::add, 1024);

        byte[] bytes = ("\r   32768   0%    0.00kB/s    0:00:00  \r  65536  50%  1.00MB/s    0:00:01  \n"
                + "Number of files: 3\r\nTotal bytes sent: 9\n").getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        out.close();

        assertThat(lines).containsExactly("", "   32768   0%    0.00kB/s    0:00:00  ",
                "  65536  50%  1.00MB/s    0:00:01  ", "Number of files: 3", "Total bytes sent: 9");
        assertThat(out.captured()).endsWith("Number of files: 3\nTotal bytes sent: 9\n");
    }
}
