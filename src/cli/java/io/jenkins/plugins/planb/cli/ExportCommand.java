package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.ConfigDocument;
import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.ConfigSelection;
import io.jenkins.plugins.planb.core.config.ConfigWriter;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb export [--format yaml|json] [--with-disabled] [GROUP[/HOST]]}: the loaded
 * configuration as written (storage, stateDir, defaults, groups and hosts with what each sets
 * itself), normalized: export, load, export gives the same text.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print the configuration (storage, stateDir, defaults, groups) as YAML or JSON; "
                + "disabled hosts only with --with-disabled.")
final class ExportCommand implements Callable<Integer> {

    enum Format { yaml, json }

    @ParentCommand
    PlanbCli cli;

    @Option(names = "--format", paramLabel = "yaml|json", defaultValue = "yaml",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--with-disabled", description = "Also write disabled hosts.")
    boolean withDisabled;

    @Parameters(paramLabel = "GROUP[/HOST]", arity = "0..1",
            description = "Only this group, or only this host (written even when disabled).")
    String selection;

    @Override
    public Integer call() throws ConfigException, UsageException {
        String group = null;
        String host = null;
        if (selection != null) {
            String[] parts = selection.split("/", -1);
            if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2 && parts[1].isEmpty())) {
                throw new UsageException("expected GROUP or GROUP/HOST, got '" + selection + "'");
            }
            group = parts[0];
            host = parts.length == 2 ? parts[1] : null;
        }
        ConfigDocument document = cli.loadDocument();
        ConfigDocument selected;
        try {
            selected = ConfigSelection.select(document, group, host, withDisabled);
        } catch (NoSuchElementException e) {
            throw new UsageException(e.getMessage());
        }
        cli.out.print(format == Format.json ? ConfigWriter.json(selected) : ConfigWriter.yaml(selected));
        cli.out.flush();
        return 0;
    }
}
