package io.jenkins.plugins.planb.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostLockTest {

    private static final HostId HOST = new HostId("acme", "web01");

    @TempDir
    Path stateDir;

    @Test
    void aSecondAttemptInTheSameProcessFailsUntilTheFirstIsReleased() throws Exception {
        HostLock.Factory locks = HostLock.inStateDir(stateDir);

        Optional<HostLock> first = locks.tryLock(HOST);
        assertThat(first).isPresent();
        assertThat(first.get().file()).isEqualTo(stateDir.resolve("locks/acme/web01.lock"));
        assertThat(locks.tryLock(HOST)).isEmpty();
        assertThat(locks.tryLock(new HostId("acme", "web02"))).as("other hosts are independent").isPresent().get()
                .satisfies(HostLock::close);

        first.get().close();
        Optional<HostLock> again = locks.tryLock(HOST);
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void aLockHeldByAnotherProcessIsHeldAndIsReleasedWhenThatProcessDies() throws Exception {
        Path file = stateDir.resolve("locks/acme/web01.lock");
        Files.createDirectories(file.getParent());
        Path holder = stateDir.resolve("Holder.java");
        Files.writeString(holder, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Holder {
                    public static void main(String[] args) throws Exception {
                        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        if (channel.tryLock() == null) { System.out.println("busy"); return; }
                        System.out.println("locked");
                        System.out.flush();
                        Thread.sleep(120_000);
                    }
                }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, holder.toString(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");

            assertThat(HostLock.tryAcquire(file)).isEmpty();
        } finally {
            other.destroyForcibly();
            other.waitFor(30, TimeUnit.SECONDS);
        }
        Optional<HostLock> afterDeath = HostLock.tryAcquire(file);
        assertThat(afterDeath).as("the OS dropped the dead process's lock").isPresent();
        afterDeath.get().close();
    }
}
