package io.jenkins.plugins.planb.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the command says about the machine it runs on. */
final class ThisMachine {

    private static final Path KERNEL_HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    private ThisMachine() {}

    /**
     * The host name as Python's {@code socket.gethostname()} gives it (the kernel's node name, no
     * DNS), which is what the old PlanB put in its Zabbix output; where the kernel does not say,
     * the JDK's local host name.
     */
    static String hostname() {
        try {
            String name = Files.readString(KERNEL_HOSTNAME, StandardCharsets.UTF_8).strip();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (IOException | SecurityException notLinux) {
            // fall through to the JDK
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
