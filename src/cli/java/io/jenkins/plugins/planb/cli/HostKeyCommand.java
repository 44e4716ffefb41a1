package io.jenkins.plugins.planb.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.TransportKind;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.transport.HostKey;
import io.jenkins.plugins.planb.core.transport.HostKeys;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb hostkey GROUP/HOST [--accept] [--json]}: the host's current ssh keys
 * ({@code ssh-keyscan}) against what its known_hosts file pins. A backup never changes that
 * file; this command, with {@code --accept}, is how a new or changed key gets pinned on purpose.
 *
 * <p>Exit 0 when a key the host offers is pinned (or was just accepted), 1 otherwise.
 * JSON: {@code {"host":…,"knownHostsFile":…,"accepted":bool,"offered":[{"type":…,"fingerprint":…,"state":"pinned|new|changed"}],
 * "pinned":[{"type":…,"fingerprint":…}]}}.
 */
@Command(name = "hostkey", mixinStandardHelpOptions = true,
        description = "Show a host's ssh key fingerprints against its known_hosts file; --accept pins them.")
final class HostKeyCommand implements Callable<Integer> {

    @ParentCommand
    PlanbCli cli;

    @Parameters(paramLabel = "GROUP/HOST")
    String host;

    @Option(names = "--accept", description = "Pin the keys the host offers now, replacing its old entries.")
    boolean accept;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws ConfigException, UsageException, IOException, InterruptedException {
        Engine engine = new Engine(cli.loadConfig());
        HostSpec spec = engine.host(host);
        if (spec.transport() == TransportKind.LOCAL) {
            throw new UsageException(spec.id() + " uses transport local: there is no ssh host key");
        }
        Path file = spec.knownHostsFile();
        if (file == null) {
            throw new UsageException(spec.id() + ": knownHostsFile is not set");
        }
        ExecResult scan = engine.runner().run(HostKeys.scanCommand(spec.address(), spec.port(), spec.connectTimeout()));
        List<HostKey> offered = HostKeys.parseScan(scan.stdout());
        if (offered.isEmpty()) {
            String why = scan.firstErrorLine().isEmpty() ? "no answer" : scan.firstErrorLine();
            cli.err.println("planb: ssh-keyscan of " + spec.address() + " port " + spec.port() + " found no keys: " + why);
            return 1;
        }
        List<HostKey> pinned = HostKeys.pinned(file, spec.address(), spec.port());
        boolean trusted = offered.stream().anyMatch(pinned::contains);
        if (accept) {
            HostKeys.accept(file, spec.address(), spec.port(), offered);
            cli.err.println("accepted " + offered.size() + " keys of " + HostKeys.knownHostsName(spec.address(), spec.port())
                    + " into " + file);
            // report the file as it is now, so the keys just written show as pinned
            pinned = HostKeys.pinned(file, spec.address(), spec.port());
            trusted = offered.stream().anyMatch(pinned::contains);
        }
        if (json) {
            cli.out.println(toJson(spec, file, offered, pinned));
        } else {
            for (HostKey key : offered) {
                cli.out.println("offered  " + key.type() + " " + key.fingerprint() + "  " + state(key, pinned));
            }
            for (HostKey key : pinned) {
                cli.out.println("pinned   " + key.type() + " " + key.fingerprint());
            }
            if (!trusted) {
                cli.out.println("not pinned: check the fingerprints, then run 'planb hostkey " + spec.id() + " --accept'");
            }
        }
        return trusted ? 0 : 1;
    }

    private static String state(HostKey key, List<HostKey> pinned) {
        if (pinned.contains(key)) {
            return "pinned";
        }
        return pinned.stream().anyMatch(p -> p.type().equals(key.type())) ? "changed" : "new";
    }

    private String toJson(HostSpec spec, Path file, List<HostKey> offered, List<HostKey> pinned) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("host", spec.id().toString());
            json.writeStringField("knownHostsFile", file.toString());
            json.writeBooleanField("accepted", accept);
            json.writeArrayFieldStart("offered");
            for (HostKey key : offered) {
                json.writeStartObject();
                json.writeStringField("type", key.type());
                json.writeStringField("fingerprint", key.fingerprint());
                json.writeStringField("state", state(key, pinned));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("pinned");
            for (HostKey key : pinned) {
                json.writeStartObject();
                json.writeStringField("type", key.type());
                json.writeStringField("fingerprint", key.fingerprint());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return text.toString();
    }
}
