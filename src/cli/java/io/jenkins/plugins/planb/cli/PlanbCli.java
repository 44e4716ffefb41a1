package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.ConfigDocument;
import io.jenkins.plugins.planb.core.config.ConfigError;
import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.ConfigLoader;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code planb}: the standalone command over the engine (DESIGN.md, "The standalone command").
 *
 * <p>Exit codes: 0 success, 1 failed, 2 usage or configuration error, 3 partial, 4 skipped.
 * Data goes to stdout (one JSON object per line with {@code --json}); what a run does goes to
 * stderr as it happens.
 *
 * <p>Start-up is part of every backup's wall time, so nothing is built before a subcommand
 * asks for it: only the subcommand named on the command line is given to picocli, and the
 * configuration is read, and the storage made, only by the commands that use them.
 */
@Command(
        name = "planb",
        mixinStandardHelpOptions = true,
        versionProvider = PlanbCli.Version.class,
        sortOptions = false,
        description = "Pulls backups of hosts over rsync into ZFS or directory snapshots, with retention.",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success", "  1  failed", "  2  usage or configuration error", "  3  partial (snapshot taken, warnings)",
            "  4  skipped (do-not-run marker, disabled, or already being backed up)",
            "",
            "Configuration: -c FILE, else $PLANB_CONFIG, else ./planb.yaml.",
            "First time? 'planb first-run' backs up this machine's /etc with the embedded default."
        })
public final class PlanbCli implements Callable<Integer> {

    /** Exit code for a wrong command line or an unusable configuration. */
    public static final int EXIT_USAGE = 2;

    /** The environment variable naming the configuration file when {@code -c} is not given. */
    public static final String CONFIG_ENV = "PLANB_CONFIG";

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: $PLANB_CONFIG, else ./planb.yaml).")
    Path configFile;

    @Spec
    CommandSpec spec;

    final PrintStream out;
    final PrintStream err;
    final InputStream in;
    final Map<String, String> env;

    PlanbCli(PrintStream out, PrintStream err, InputStream in, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
    }

    public static void main(String[] args) {
        int code = execute(args, System.out, System.err, System.in, System.getenv());
        System.out.flush();
        System.err.flush();
        // halt, not exit: nothing is left to clean up (the backup's own shutdown hook is gone by
        // now), and exit would first start the JDK's logging to report the exit, which costs
        // more start-up time than the rest of a short command.
        Runtime.getRuntime().halt(code);
    }

    /**
     * Runs the command in this JVM and returns its exit code instead of exiting, for tests and
     * for embedding.
     */
    public static int execute(String[] args, PrintStream out, PrintStream err, InputStream in,
            Map<String, String> env) {
        PlanbCli cli = new PlanbCli(out, err, in, env);
        Optional<BackupFastPath.Parsed> plainBackup = BackupFastPath.parse(args);
        if (plainBackup.isPresent()) {
            return cli.backUpWithoutPicocli(plainBackup.get());
        }
        CommandLine commandLine = new CommandLine(cli);
        addSubcommands(commandLine, requestedCommand(args));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("planb: " + e.getMessage());
            CommandLine failed = e.getCommandLine();
            err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> cli.report(e));
        return commandLine.execute(args);
    }

    /**
     * The subcommands, by name, made only when wanted: picocli reads each command class's
     * annotations by reflection when it is added, and doing that for all of them on every start
     * costs more than the backup's own Java work. Order is the order {@code --help} lists them.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("validate", ValidateCommand::new);
        commands.put("backup", BackupCommand::new);
        commands.put("status", StatusCommand::new);
        commands.put("stale", StaleCommand::new);
        commands.put("report", ReportCommand::new);
        commands.put("metrics", MetricsCommand::new);
        commands.put("zabbix", ZabbixCommand::new);
        commands.put("snapshots", SnapshotsCommand::new);
        commands.put("prune", PruneCommand::new);
        commands.put("restore", RestoreCommand::new);
        commands.put("history", HistoryCommand::new);
        commands.put("retention", RetentionCommand::new);
        commands.put("hostkey", HostKeyCommand::new);
        commands.put("first-run", FirstRunCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /**
     * Adds the one subcommand {@code requested} names, or all of them when it names none we
     * know (for {@code --help}, {@code help}, and usage errors that list the commands).
     */
    private static void addSubcommands(CommandLine commandLine, String requested) {
        if (requested != null && !requested.equals("help") && COMMANDS.containsKey(requested)) {
            commandLine.addSubcommand(requested, COMMANDS.get(requested).get());
            return;
        }
        COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
    }

    /** The first argument that is neither an option nor the value of {@code -c}: the command's name. */
    static String requestedCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-c") || arg.equals("--config")) {
                i++; // its value
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    /** {@code planb} alone: the usage, as a usage error. */
    @Override
    public Integer call() {
        err.println("planb: a command is required.");
        spec.commandLine().usage(err);
        return EXIT_USAGE;
    }

    private int backUpWithoutPicocli(BackupFastPath.Parsed parsed) {
        configFile = parsed.config();
        BackupCommand backup = new BackupCommand();
        backup.cli = this;
        backup.hosts = parsed.hosts();
        backup.json = parsed.json();
        backup.quiet = parsed.quiet();
        try {
            return backup.call();
        } catch (Exception e) {
            return report(e);
        }
    }

    /** The configuration file this invocation uses, and how it was chosen. */
    Path configPath() {
        if (configFile != null) {
            return configFile;
        }
        String fromEnvironment = env.get(CONFIG_ENV);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Path.of(fromEnvironment);
        }
        return Path.of("planb.yaml");
    }

    /** Reads and validates the configuration; a missing default file gets a hint on what to do. */
    PlanbConfig loadConfig() throws ConfigException, UsageException {
        return ConfigLoader.load(existingConfigPath());
    }

    /** {@link #loadConfig}, as written: what defaults, each group and each host set themselves. */
    ConfigDocument loadDocument() throws ConfigException, UsageException {
        return ConfigLoader.loadDocument(existingConfigPath());
    }

    private Path existingConfigPath() throws UsageException {
        Path path = configPath();
        if (configFile == null && !Files.exists(path)) {
            String how = env.containsKey(CONFIG_ENV) && !env.get(CONFIG_ENV).isEmpty()
                    ? "$" + CONFIG_ENV + " names " + path + ", which does not exist"
                    : "no configuration: ./planb.yaml does not exist";
            throw new UsageException(how + "; give -c FILE or set $" + CONFIG_ENV
                    + " (or try 'planb first-run', which needs no configuration)");
        }
        return path;
    }

    private int report(Exception e) {
        if (e instanceof ConfigException config) {
            err.println("planb: configuration error in " + configPath() + ":");
            for (ConfigError error : config.errors()) {
                err.println("  " + error);
            }
            return EXIT_USAGE;
        }
        if (e instanceof UsageException) {
            err.println("planb: " + e.getMessage());
            return EXIT_USAGE;
        }
        if (e instanceof InterruptedException) {
            err.println("planb: interrupted");
            Thread.currentThread().interrupt();
            return 1;
        }
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        err.println("planb: " + message);
        return 1;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = PlanbCli.class.getPackage().getImplementationVersion();
            return new String[] {"planb " + (version == null ? "(development build)" : version)};
        }
    }
}
