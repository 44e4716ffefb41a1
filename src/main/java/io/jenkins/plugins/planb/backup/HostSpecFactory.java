package io.jenkins.plugins.planb.backup;

import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.core.config.BuiltinDefaults;
import io.jenkins.plugins.planb.core.config.Durations;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.Rules;
import io.jenkins.plugins.planb.core.config.TransportKind;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what Jenkins stores (host fields, resolved settings, the key files written for this run)
 * into the engine's {@link HostSpec}, checking every value with the engine's own {@link Rules},
 * so a build fails with the same sentence the form showed.
 */
public final class HostSpecFactory {

    private HostSpecFactory() {}

    /**
     * @param identityFile   the private key written for this run, {@code null} for ssh's defaults
     * @param knownHostsFile the pinned host keys written for this run, {@code null} for the engine default
     */
    public static HostSpec create(HostId id, HostFields host, ResolvedSettings settings, Path identityFile,
            Path knownHostsFile) throws InvalidSettingsException {
        List<String> problems = new ArrayList<>();
        check(problems, "group", Rules.groupName(id.group()));
        check(problems, "host", Rules.hostName(id.host()));
        check(problems, "transport", Rules.transport(host.transport()));
        TransportKind transport = Rules.parseTransport(host.transport()).orElse(TransportKind.SSH);
        if (transport == TransportKind.SSH) {
            check(problems, "address", Rules.address(host.address()));
            check(problems, "port", Rules.port(host.port()));
            check(problems, "user", Rules.user(settings.user()));
        }
        check(problems, "root", Rules.remoteRoot(host.root()));
        for (String pattern : settings.include()) {
            check(problems, "includes", Rules.pattern(pattern));
        }
        for (String pattern : settings.exclude()) {
            check(problems, "excludes", Rules.pattern(pattern));
        }
        check(problems, "retention", Rules.retention(settings.retention()));
        check(problems, "stallTimeout", Rules.stallTimeout(settings.stallTimeout()));
        check(problems, "maxRunTime", Rules.maxRunTime(settings.maxRunTime()));
        check(problems, "progressInterval", Rules.progressInterval(settings.progressInterval()));
        if (settings.storage() == null) {
            problems.add("storage: no ZFS parent dataset or directory is set on the host group or in "
                    + "Manage Jenkins » System » PlanB");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new HostSpec(
                id,
                transport,
                host.address(),
                host.port(),
                settings.user(),
                identityFile,
                knownHostsFile == null ? BuiltinDefaults.KNOWN_HOSTS_FILE : knownHostsFile,
                settings.sudo(),
                settings.ionice(),
                host.root(),
                settings.include(),
                settings.exclude(),
                true,
                RetentionPolicy.parse(settings.retention()),
                BuiltinDefaults.IO_TIMEOUT,
                BuiltinDefaults.CONNECT_TIMEOUT,
                Durations.parse(settings.stallTimeout()).orElseThrow(),
                Durations.parse(settings.maxRunTime()).orElseThrow(),
                Durations.parse(settings.progressInterval()).orElseThrow());
    }

    private static void check(List<String> problems, String field, Optional<String> problem) {
        problem.ifPresent(text -> problems.add(field + ": " + text));
    }
}
