package io.jenkins.plugins.planb.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.exec.Command;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.exec.ProcessCommandRunner;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.storage.BackupTarget;
import io.jenkins.plugins.planb.core.storage.Capabilities;
import io.jenkins.plugins.planb.testing.SshServerExtension;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.time.Duration;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** rsync over a real sshd on localhost into directories under a temporary directory. */
class SshTransportITest {

    @RegisterExtension
    static final SshServerExtension SSH = new SshServerExtension();

    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    @TempDir
    Path temp;

    private TransferResult transfer(HostSpec host, Path destination) throws Exception {
        BackupTarget target = new BackupTarget(host.id(), "test", destination + "/", null);
        ExecResult result = runner.run(RsyncCommand.forHost(host, target, Capabilities.ALL).command());
        return TransferClassifier.classify(result, false, host.knownHostsFile());
    }

    /** Runs a shell in tests only, where building odd file names needs printf. */
    private static void sh(String script, Path directory) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", script).directory(directory.toFile()).inheritIO().start();
        assertThat(process.waitFor()).as(script).isZero();
    }

    @Test
    void transfersATreeFaithfullyAndParsesStats() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        Path destination = temp.resolve("destination");
        Files.writeString(source.resolve("file"), "content\n");
        Files.createDirectories(source.resolve("dir/sub"));
        Files.writeString(source.resolve("dir/sub/deep"), "deep\n");
        Files.createLink(source.resolve("dir/hardlink"), source.resolve("file"));
        Files.createSymbolicLink(source.resolve("link"), Path.of("dir/sub/deep"));
        sh("mkfifo fifo && chown 12345:23456 file && chmod 4750 file && chmod 1777 dir"
                + " && touch -h -d '2001-02-03 04:05:06' link && touch -d '2002-03-04 05:06:07' dir/sub", source);
        boolean xattrs = trySetXattr(source.resolve("dir/sub/deep"), "planb", "kept");

        TransferResult result = transfer(SSH.hostSpec(source.toString(), List.of(), List.of()), destination);

        assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.error()).isNull();
        assertThat(result.exitCode()).isZero();
        assertThat(result.stats().filesTotal()).isEqualTo(8); // ., file, dir, dir/sub, deep, hardlink, link, fifo
        assertThat(result.stats().filesTransferred()).isEqualTo(2); // file and deep; the hard link is linked
        assertThat(result.stats().bytesTransferred()).isEqualTo(13);
        assertThat(Files.readString(destination.resolve("file"))).isEqualTo("content\n");
        assertThat(Files.getAttribute(destination.resolve("file"), "unix:uid")).isEqualTo(12345);
        assertThat(Files.getAttribute(destination.resolve("file"), "unix:gid")).isEqualTo(23456);
        assertThat((int) Files.getAttribute(destination.resolve("file"), "unix:mode") & 07777).isEqualTo(04750);
        assertThat((int) Files.getAttribute(destination.resolve("dir"), "unix:mode") & 07777).isEqualTo(01777);
        assertThat(Files.getAttribute(destination.resolve("dir/hardlink"), "unix:ino"))
                .isEqualTo(Files.getAttribute(destination.resolve("file"), "unix:ino"));
        assertThat(Files.readSymbolicLink(destination.resolve("link"))).isEqualTo(Path.of("dir/sub/deep"));
        assertThat(Files.getLastModifiedTime(destination.resolve("link"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .isEqualTo(Files.getLastModifiedTime(source.resolve("link"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertThat(Files.getLastModifiedTime(destination.resolve("dir/sub")))
                .isEqualTo(FileTime.from(Files.getLastModifiedTime(source.resolve("dir/sub")).toInstant()));
        assertThat(((java.nio.file.attribute.BasicFileAttributes) Files.readAttributes(destination.resolve("fifo"), java.nio.file.attribute.BasicFileAttributes.class)).isOther()).isTrue();
        if (xattrs) {
            assertThat(readXattr(destination.resolve("dir/sub/deep"), "planb")).isEqualTo("kept");
        }

        TransferResult again = transfer(SSH.hostSpec(source.toString(), List.of(), List.of()), destination);
        assertThat(again.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(again.stats().filesTransferred()).isZero();
    }

    @Test
    void oddNamesArriveByteForByte() throws Exception {
        Path source = Files.createDirectories(temp.resolve("odd source"));
        Path destination = temp.resolve("odd destination");
        sh("printf x > 'with space' && printf x > ./-leading-dash && printf x > \"$(printf 'new\\nline')\""
                + " && printf x > \"$(printf 'latin1-\\351')\" && printf x > \"$(printf '%0255d' 0)\""
                + " && mkdir 'dir $(echo no)' && printf x > 'dir $(echo no)/`quote`'", source);

        TransferResult result = transfer(SSH.hostSpec(source.toString(), List.of(), List.of()), destination);

        assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.SUCCESS);
        assertThat(rawNames(destination)).isEqualTo(rawNames(source)).hasSize(7);
    }

    @Test
    void includesAndExcludesSelectExactlyAndExcludingLaterDeletesFromTheLiveCopy() throws Exception {
        Path source = Files.createDirectories(temp.resolve("root"));
        Path destination = temp.resolve("live");
        for (String file : List.of("etc/hosts", "etc/ssh/sshd_config", "etc/x.tmp", "var/www/index.html",
                "var/www/cache/c1", "var/log/auth.log", "var/log/syslog", "usr/bin/ls", "usr/etc/not-etc",
                "home/u/www/cache/kept")) {
            Files.createDirectories(source.resolve(file).getParent());
            Files.writeString(source.resolve(file), file);
        }
        List<String> include = List.of("etc", "var/www", "var/log/auth*", "home");

        TransferResult first = transfer(SSH.hostSpec(source.toString(), include, List.of("*.tmp")), destination);

        assertThat(first.outcome()).as(first.error()).isEqualTo(Outcome.SUCCESS);
        assertThat(files(destination)).containsExactly("etc/hosts", "etc/ssh/sshd_config", "home/u/www/cache/kept",
                "var/log/auth.log", "var/www/cache/c1", "var/www/index.html");

        TransferResult second = transfer(
                SSH.hostSpec(source.toString(), include, List.of("*.tmp", "var/www/cache")), destination);

        assertThat(second.outcome()).as(second.error()).isEqualTo(Outcome.SUCCESS);
        assertThat(files(destination)).containsExactly("etc/hosts", "etc/ssh/sshd_config", "home/u/www/cache/kept",
                "var/log/auth.log", "var/www/index.html");
        assertThat(second.stats().filesDeleted()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void keyAndKnownHostsPathsWithSpacesQuotesAndPercentWork() throws Exception {
        Path odd = Files.createDirectories(temp.resolve("it's a %d \"dir\""));
        Path key = Files.copy(SSH.clientKey(), odd.resolve("client key"));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Path knownHosts = Files.copy(SSH.knownHosts(), odd.resolve("known hosts"));
        Path source = Files.createDirectories(temp.resolve("src"));
        Files.writeString(source.resolve("f"), "f");
        HostSpec host = TransportFixtures.withPaths(SSH.hostSpec(source.toString(), List.of(), List.of()), key, knownHosts);

        TransferResult result = transfer(host, temp.resolve("dst"));

        assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.SUCCESS);
        assertThat(temp.resolve("dst/f")).hasContent("f");
    }

    @Test
    void remoteRsyncRunsUnderIonice() throws Exception {
        io.jenkins.plugins.planb.testing.SystemRequirement.require("ionice", "the remote rsync runs under ionice");
        Path source = Files.createDirectories(temp.resolve("nice"));
        Files.writeString(source.resolve("f"), "nice");
        HostSpec plain = SSH.hostSpec(source.toString(), List.of(), List.of());
        HostSpec host = new HostSpec(plain.id(), plain.transport(), plain.address(), plain.port(), plain.user(),
                plain.identityFile(), plain.knownHostsFile(), false, true, plain.root(), plain.include(),
                plain.exclude(), true, plain.retention(), plain.ioTimeout(), plain.connectTimeout());

        TransferResult result = transfer(host, temp.resolve("nice-dst"));

        assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.SUCCESS);
        assertThat(temp.resolve("nice-dst/f")).hasContent("nice");
    }

    @Test
    void ipv6LiteralAddress() throws Exception {
        assumeTrue(SSH.ipv6(), "no ::1 on this machine");
        Path source = Files.createDirectories(temp.resolve("src6"));
        Files.writeString(source.resolve("f"), "six");

        TransferResult result = transfer(SSH.hostSpec("::1", SSH.port(), source.toString(), List.of(), List.of()),
                temp.resolve("dst6"));

        assertThat(result.outcome()).as(result.error()).isEqualTo(Outcome.SUCCESS);
        assertThat(temp.resolve("dst6/f")).hasContent("six");
    }

    @Test
    void connectionRefusedFailsFastWithAClearMessage() throws Exception {
        int closedPort = SshServerExtension.freePort();
        long start = System.nanoTime();

        TransferResult result = transfer(SSH.hostSpec("127.0.0.1", closedPort, "/srv", List.of(), List.of()), temp.resolve("d"));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.exitCode()).as("ssh failure, passed on by rsync as 255 or (racing) 12").isIn(255, 12);
        assertThat(result.error()).contains("Connection refused").contains("port " + closedPort);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aMissingSourceIsAFailureWithRsyncsReason() throws Exception {
        TransferResult result = transfer(SSH.hostSpec(temp.resolve("missing").toString(), List.of(), List.of()), temp.resolve("d"));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.exitCode()).isEqualTo(23);
        assertThat(result.error()).contains("rsync exit 23").contains("No such file or directory").contains("nothing was transferred");
    }

    @Test
    void doNotRunMarkerSkipsAndItsAbsenceRuns() throws Exception {
        HostSpec host = SSH.hostSpec("/srv", List.of(), List.of());
        Path directory = Path.of(DoNotRunProbe.DIRECTORY);
        boolean created = !Files.exists(directory);
        Path marker = directory.resolve("planb-transport-test-" + ProcessHandle.current().pid());
        DoNotRunProbe.Verdict before = DoNotRunProbe.interpret(host, runner.run(DoNotRunProbe.command(host)));
        Files.createDirectories(directory);
        try {
            Files.writeString(marker, "dumping");
            DoNotRunProbe.Verdict during = DoNotRunProbe.interpret(host, runner.run(DoNotRunProbe.command(host)));

            assertThat(during.kind()).isEqualTo(DoNotRunProbe.Verdict.Kind.SKIP);
            assertThat(during.message()).contains(marker.toString());
        } finally {
            Files.deleteIfExists(marker);
            if (created) {
                Files.deleteIfExists(directory);
            }
        }
        if (created) {
            assertThat(before.kind()).isEqualTo(DoNotRunProbe.Verdict.Kind.RUN);
            assertThat(DoNotRunProbe.interpret(host, runner.run(DoNotRunProbe.command(host))).kind())
                    .isEqualTo(DoNotRunProbe.Verdict.Kind.RUN);
        }
    }

    @Test
    void aTransferPastItsTimeLimitIsKilledAndFails() throws Exception {
        Path source = bigSparseSource();
        Path destination = temp.resolve("slow");
        HostSpec host = SSH.hostSpec(source.toString(), List.of(), List.of());
        BackupTarget target = new BackupTarget(host.id(), "t", destination + "/", null);
        Command command = RsyncCommand.forHost(host, target, Capabilities.ALL).command().withTimeout(Duration.ofMillis(1500));

        ExecResult result = runner.run(command);
        TransferResult classified = TransferClassifier.classify(result, false);

        assertThat(result.timedOut()).isTrue();
        assertThat(classified.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(classified.error()).contains("timed out");
        assertThat(processesMentioning(destination.toString())).isEmpty();
    }

    @Test
    void anInterruptedTransferKillsRsyncAndFails() throws Exception {
        Path source = bigSparseSource();
        Path destination = temp.resolve("interrupted");
        HostSpec host = SSH.hostSpec(source.toString(), List.of(), List.of());
        BackupTarget target = new BackupTarget(host.id(), "t", destination + "/", null);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                runner.run(RsyncCommand.forHost(host, target, Capabilities.ALL).command());
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        caller.start();
        Thread.sleep(1500);
        assertThat(processesMentioning(destination.toString())).as("rsync should still run").isNotEmpty();
        caller.interrupt();
        caller.join(Duration.ofSeconds(20));

        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(TransferClassifier.interrupted().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(processesMentioning(destination.toString())).isEmpty();
    }

    @Test
    void aCommandThatCannotBeBuiltNeverRuns() {
        assertThatThrownBy(() -> transfer(SSH.hostSpec("-oProxyCommand=touch x", SSH.port(), "/", List.of(), List.of()), temp))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** 8 GiB of holes: reading it takes far longer than the tests' limits, creating it nothing. */
    private Path bigSparseSource() throws IOException {
        Path source = Files.createDirectories(temp.resolve("big"));
        try (var file = new java.io.RandomAccessFile(source.resolve("sparse").toFile(), "rw")) {
            file.setLength(8L << 30);
        }
        return source;
    }

    private static List<ProcessHandle> processesMentioning(String text) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> Stream.of(args).anyMatch(a -> a.contains(text))).orElse(false))
                .filter(ProcessHandle::isAlive)
                .toList();
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** File names as raw bytes (hex), since some are not UTF-8. */
    private static Set<String> rawNames(Path root) throws Exception {
        Process find = new ProcessBuilder("find", ".", "-mindepth", "1", "-print0").directory(root.toFile()).start();
        byte[] output = find.getInputStream().readAllBytes();
        find.waitFor();
        Set<String> names = new TreeSet<>();
        int start = 0;
        for (int i = 0; i < output.length; i++) {
            if (output[i] == 0) {
                names.add(java.util.HexFormat.of().formatHex(output, start, i));
                start = i + 1;
            }
        }
        return names;
    }

    private static boolean trySetXattr(Path file, String name, String value) {
        try {
            Files.getFileAttributeView(file, UserDefinedFileAttributeView.class)
                    .write(name, StandardCharsets.UTF_8.encode(value));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static String readXattr(Path file, String name) throws IOException {
        UserDefinedFileAttributeView view = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
        ByteBuffer buffer = ByteBuffer.allocate(view.size(name));
        view.read(name, buffer);
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

}
