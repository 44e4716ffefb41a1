package io.jenkins.plugins.planb.testing;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.TransportKind;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OpenSSH server for integration tests, on 127.0.0.1 (and ::1 where the machine has
 * it) at a free port, with its own host key, one authorized client key and a known_hosts
 * file pinning the host key. Register it as a static field:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SshServerExtension SSH = new SshServerExtension();
 * </pre>
 *
 * <p>It logs in as the user running the tests (root on CI, allowed by key only). When
 * {@code sshd}, {@code ssh}, {@code ssh-keygen} or {@code rsync} is missing the test class is
 * skipped, or fails under {@code PLANB_REQUIRE_SYSTEM=1} (see {@link SystemRequirement}).
 * Everything lives in one temporary directory that is removed after the class.
 */
public final class SshServerExtension implements BeforeAllCallback, AfterAllCallback {

    private static final Duration START_LIMIT = Duration.ofSeconds(15);

    private Path directory;
    private Path sshd;
    private Path sshKeygen;
    private int port;
    private Process server;
    private final ByteArrayOutputStream serverLog = new ByteArrayOutputStream();
    private String user;
    private boolean ipv6;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        sshd = SystemRequirement.require("/usr/sbin/sshd", "ssh transport tests need an OpenSSH server");
        SystemRequirement.require("ssh", "ssh transport tests need the OpenSSH client");
        sshKeygen = SystemRequirement.require("ssh-keygen", "ssh transport tests generate keys");
        SystemRequirement.require("rsync", "ssh transport tests run rsync");
        user = System.getProperty("user.name");
        directory = Files.createTempDirectory("planb-sshd-");
        Files.createDirectories(Path.of("/run/sshd")); // sshd's privilege separation directory
        generateKey(hostKey());
        generateKey(clientKey());
        Files.copy(Path.of(clientKey() + ".pub"), directory.resolve("authorized_keys"));
        port = freePort();
        ipv6 = loopbackIpv6Available();
        writeConfig();
        start();
        pinHostKey(knownHosts());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
        if (directory != null) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    /** The private key the server accepts. */
    public Path clientKey() {
        return directory.resolve("client_ed25519");
    }

    /** A known_hosts file pinning the server's host key for 127.0.0.1 (and ::1). */
    public Path knownHosts() {
        return directory.resolve("known_hosts");
    }

    /** Whether the server also listens on ::1. */
    public boolean ipv6() {
        return ipv6;
    }

    /** The {@code [127.0.0.1]:PORT ssh-ed25519 …} line of the current host key. */
    public String knownHostsLine() throws IOException {
        return "[127.0.0.1]:" + port + " " + publicKey(hostKey());
    }

    /** A scratch directory owned by this server, removed with it. */
    public Path directory() {
        return directory;
    }

    /**
     * Gives the server a new host key and restarts it on the same port. {@link #knownHosts()}
     * is left as it was, so it now pins the old key: the "changed host key" case.
     */
    public void rotateHostKey() throws IOException, InterruptedException {
        stop();
        Files.delete(hostKey());
        Files.delete(Path.of(hostKey() + ".pub"));
        generateKey(hostKey());
        start();
    }

    /** A host spec for this server: ssh transport, the client key, the pinned known_hosts. */
    public HostSpec hostSpec(String root, List<String> include, List<String> exclude) {
        return hostSpec("127.0.0.1", port, root, include, exclude);
    }

    /** As {@link #hostSpec(String, List, List)} with another address or port (e.g. nothing listening). */
    public HostSpec hostSpec(String address, int port, String root, List<String> include, List<String> exclude) {
        return new HostSpec(
                new HostId("test", "sshd"),
                TransportKind.SSH,
                address,
                port,
                user,
                clientKey(),
                knownHosts(),
                false,
                false,
                root,
                include,
                exclude,
                true,
                RetentionPolicy.parse("2y,12m,4w,16d"),
                Duration.ofSeconds(60),
                Duration.ofSeconds(10));
    }

    /** A TCP port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Path hostKey() {
        return directory.resolve("host_ed25519");
    }

    private void writeConfig() throws IOException {
        String config = String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                ipv6 ? "ListenAddress ::1" : "",
                "HostKey " + hostKey(),
                "PidFile " + directory.resolve("sshd.pid"),
                "AuthorizedKeysFile " + directory.resolve("authorized_keys"),
                "UsePAM no",
                "StrictModes no",
                "PermitRootLogin prohibit-password",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "AllowUsers " + user,
                "AcceptEnv LANG LC_*",
                "LogLevel INFO",
                "");
        Files.writeString(directory.resolve("sshd_config"), config);
    }

    private void start() throws IOException, InterruptedException {
        serverLog.reset();
        server = new ProcessBuilder(sshd.toString(), "-D", "-e", "-f", directory.resolve("sshd_config").toString())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        Thread logReader = new Thread(() -> copy(server.getInputStream()), "sshd log");
        logReader.setDaemon(true);
        logReader.start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("sshd exited with " + server.exitValue() + ": " + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        stop();
        throw new IllegalStateException("sshd did not accept connections within " + START_LIMIT + ": " + log());
    }

    private void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    /** What sshd logged since it was last started (for failure messages). */
    public String log() {
        synchronized (serverLog) {
            return serverLog.toString(StandardCharsets.UTF_8);
        }
    }

    private void copy(InputStream input) {
        byte[] buffer = new byte[4096];
        try (input) {
            int count;
            while ((count = input.read(buffer)) != -1) {
                synchronized (serverLog) {
                    serverLog.write(buffer, 0, count);
                }
            }
        } catch (IOException ignored) {
            // sshd stopped
        }
    }

    private void pinHostKey(Path file) throws IOException {
        String key = publicKey(hostKey());
        String lines = "[127.0.0.1]:" + port + " " + key + "\n" + (ipv6 ? "[::1]:" + port + " " + key + "\n" : "");
        Files.writeString(file, lines);
    }

    private static String publicKey(Path privateKey) throws IOException {
        String[] fields = Files.readString(Path.of(privateKey + ".pub")).strip().split("\\s+");
        return fields[0] + " " + fields[1];
    }

    private void generateKey(Path file) throws IOException, InterruptedException {
        Process keygen = new ProcessBuilder(sshKeygen.toString(), "-q", "-t", "ed25519", "-N", "", "-C", "planb-test", "-f", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keygen.waitFor() != 0) {
            throw new IllegalStateException("ssh-keygen failed: " + output);
        }
    }

    private static boolean loopbackIpv6Available() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("::1", 0));
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
