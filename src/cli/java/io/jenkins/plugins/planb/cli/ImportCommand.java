package io.jenkins.plugins.planb.cli;

import io.jenkins.plugins.planb.core.config.ConfigWriter;
import io.jenkins.plugins.planb.core.config.Rules;
import io.jenkins.plugins.planb.core.files.AtomicFiles;
import io.jenkins.plugins.planb.core.migration.ConfexportException;
import io.jenkins.plugins.planb.core.migration.ConfexportReader;
import io.jenkins.plugins.planb.core.migration.PlanbFileset;
import io.jenkins.plugins.planb.core.migration.PlanbImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code planb import --from-planb FILE [-o OUT] [--force] [--dry-run]}: the old PlanB's
 * {@code confexport} output (JSON or YAML) as this configuration, YAML on stdout or in OUT. What
 * could not be carried over is listed on stderr, per fileset and for all hosts. A file that is
 * not confexport output, a header that cannot be split into group and name, or an existing OUT
 * without {@code --force} is a usage error (exit 2), and nothing is written.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Turn the old PlanB's 'planb confexport' output (--json or --yaml) into this configuration; "
                + "what cannot be carried over is listed on stderr.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    PlanbCli cli;

    @Option(names = "--from-planb", paramLabel = "FILE", required = true,
            description = "What 'planb confexport' wrote (JSON or YAML; --minimal and --with-disabled are fine).")
    Path from;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the configuration here (default: stdout).")
    Path output;

    @Option(names = "--force", description = "Replace OUT when it exists.")
    boolean force;

    @Option(names = "--dry-run", description = "Print the configuration and the notes; write nothing.")
    boolean dryRun;

    @Option(names = "--group", paramLabel = "GROUP", split = ",",
            description = "A PlanB host group name, to split headers '<group>-<name>' where either has '-' (repeatable).")
    List<String> groups = List.of();

    @Option(names = "--zfs-parent", paramLabel = "DATASET",
            description = "PlanB's POOLNAME, which holds its datasets (default: " + PlanbImport.ASSUMED_PARENT + ").")
    String zfsParent;

    @Option(names = "--enabled-from", paramLabel = "FILE",
            description = "A confexport written without --with-disabled: filesets missing from it are imported disabled.")
    Path enabledFrom;

    @Option(names = "--new-datasets",
            description = "Do not adopt PlanB's datasets: hosts start afresh in <parent>/<group>/<host>.")
    boolean newDatasets;

    @Override
    public Integer call() throws UsageException, IOException {
        if (zfsParent != null) {
            Optional<String> broken = Rules.zfsDataset(zfsParent);
            if (broken.isPresent()) {
                throw new UsageException("--zfs-parent: " + broken.get());
            }
        }
        boolean outputExists = output != null && Files.exists(output);
        if (outputExists && !force && !dryRun) {
            throw new UsageException(output + " exists; give --force to replace it (nothing was written)");
        }
        List<PlanbFileset> filesets = read(from, "--from-planb");
        Set<String> enabled = null;
        if (enabledFrom != null) {
            enabled = read(enabledFrom, "--enabled-from").stream().map(PlanbFileset::uniqueName)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
        PlanbImport.Result result;
        try {
            result = PlanbImport.map(filesets, new PlanbImport.Options(zfsParent, !newDatasets,
                    new LinkedHashSet<>(groups), enabled, from.getFileName().toString()));
        } catch (ConfexportException e) {
            throw new UsageException(from + ": " + e.getMessage());
        }
        report(result);
        if (result.hosts() == 0) {
            throw new UsageException("nothing to import: " + (filesets.size() == 1 ? "the fileset" : "none of the "
                    + filesets.size() + " filesets") + " of " + from + " can become a host (see above); nothing was "
                    + "written");
        }
        String yaml = ConfigWriter.yaml(result.document());
        if (output == null || dryRun) {
            cli.out.print(yaml);
            cli.out.flush();
        }
        String summary = summary(result);
        if (output != null && dryRun) {
            cli.err.println("dry run: " + summary + "; would write " + output
                    + (outputExists && !force ? " (it exists: writing it needs --force)" : ""));
        } else if (output != null) {
            Path absolute = output.toAbsolutePath();
            try {
                AtomicFiles.replace(absolute, absolute.resolveSibling("." + absolute.getFileName()
                        + ".planb-import.tmp"), yaml, null);
            } catch (IOException e) {
                throw new IOException("cannot write " + output + " (" + e + "); nothing was written", e);
            }
            cli.err.println("wrote " + output + ": " + summary + "; review the notes above, then run 'planb -c "
                    + output + " validate'");
        } else {
            cli.err.println(summary + (dryRun ? " (dry run)" : ""));
        }
        return 0;
    }

    private List<PlanbFileset> read(Path file, String option) throws UsageException {
        try {
            return ConfexportReader.read(file);
        } catch (ConfexportException e) {
            throw new UsageException(option + " " + file + ": " + e.getMessage() + "; nothing was written");
        }
    }

    private void report(PlanbImport.Result result) {
        for (PlanbImport.Outcome outcome : result.filesets()) {
            StringBuilder line = new StringBuilder(outcome.uniqueName());
            if (outcome.imported()) {
                line.append(" -> ").append(outcome.host());
                if (!outcome.enabled()) {
                    line.append(" (disabled)");
                }
                if (outcome.dataset() != null) {
                    line.append(", dataset ").append(outcome.dataset());
                }
            }
            cli.err.println(line);
            outcome.notes().forEach(note -> cli.err.println("  " + note));
        }
        cli.err.println("all hosts:");
        result.general().forEach(note -> cli.err.println("  " + note));
    }

    private static String summary(PlanbImport.Result result) {
        long disabled = result.filesets().stream().filter(o -> o.imported() && !o.enabled()).count();
        long skipped = result.filesets().size() - result.hosts();
        return count(result.filesets().size(), "fileset") + ": " + count(result.document().groups().size(), "group")
                + ", " + count(result.hosts(), "host") + " (" + disabled + " disabled), " + skipped + " not imported";
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
