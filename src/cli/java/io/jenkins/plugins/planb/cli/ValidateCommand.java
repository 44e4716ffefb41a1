package io.jenkins.plugins.planb.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.planb.core.config.ConfigError;
import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb validate [--json]}: reads the configuration and names every error with its field
 * path (exit 2).
 *
 * <p>JSON: {@code {"config":…,"valid":true,"groups":N,"hosts":N,"enabledHosts":N}}, or
 * {@code {"config":…,"valid":false,"errors":[{"path":…,"message":…}]}} with exit 2.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the configuration; every error is printed with the path of its field.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    PlanbCli cli;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws ConfigException, UsageException, IOException {
        PlanbConfig config;
        try {
            config = cli.loadConfig();
        } catch (ConfigException e) {
            if (json) {
                cli.out.println(errorsJson(e.errors()));
            }
            throw e;
        }
        long enabled = config.hosts().stream().filter(HostSpec::enabled).count();
        if (json) {
            cli.out.println(validJson(config, enabled));
            return 0;
        }
        String storage = switch (config.storage()) {
            case StorageSpec.Zfs zfs -> "zfs " + zfs.parent() + (zfs.sudo() ? " (sudo)" : "");
            case StorageSpec.Directory directory -> "directory " + directory.path();
        };
        cli.out.println(cli.configPath() + ": OK, " + config.groups().size() + " groups, " + config.hosts().size()
                + " hosts (" + enabled + " enabled); storage " + storage + "; stateDir " + config.stateDir());
        return 0;
    }

    private String validJson(PlanbConfig config, long enabled) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("config", cli.configPath().toString());
            json.writeBooleanField("valid", true);
            json.writeNumberField("groups", config.groups().size());
            json.writeNumberField("hosts", config.hosts().size());
            json.writeNumberField("enabledHosts", enabled);
            json.writeEndObject();
        }
        return text.toString();
    }

    private String errorsJson(List<ConfigError> errors) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("config", cli.configPath().toString());
            json.writeBooleanField("valid", false);
            json.writeArrayFieldStart("errors");
            for (ConfigError error : errors) {
                json.writeStartObject();
                json.writeStringField("path", error.path());
                json.writeStringField("message", error.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return text.toString();
    }
}
