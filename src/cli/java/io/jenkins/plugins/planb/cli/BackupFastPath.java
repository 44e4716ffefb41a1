package io.jenkins.plugins.planb.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the plain form of {@code planb [-c FILE] backup [--json] [-q] GROUP/HOST...} without
 * picocli.
 *
 * <p>Why: a scheduled backup of an unchanged tree takes about a second of rsync, and building
 * picocli's command model (reflection over the annotations, its type converters, and classes
 * compiled for Java 5 that the class-data-sharing archive cannot hold) adds a sixth of that on
 * every start. This reader accepts only that one unambiguous form; anything else (help,
 * {@code --config=FILE}, bundled or unknown options, a missing host) returns empty and goes
 * through picocli, which then gives the usual messages. {@code PlanbCliTest} checks that both
 * readings agree.
 */
final class BackupFastPath {

    private BackupFastPath() {}

    /** The parsed options, or empty when picocli should read {@code args}. */
    static Optional<Parsed> parse(String[] args) {
        int i = 0;
        Path config = null;
        if (args.length >= 2 && (args[0].equals("-c") || args[0].equals("--config"))) {
            config = Path.of(args[1]);
            i = 2;
        }
        if (i >= args.length || !args[i].equals("backup")) {
            return Optional.empty();
        }
        boolean json = false;
        boolean quiet = false;
        List<String> hosts = new ArrayList<>();
        for (i++; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--json" -> json = true;
                case "-q", "--quiet" -> quiet = true;
                default -> {
                    if (arg.startsWith("-") || arg.isEmpty()) {
                        return Optional.empty();
                    }
                    hosts.add(arg);
                }
            }
        }
        return hosts.isEmpty() ? Optional.empty() : Optional.of(new Parsed(config, hosts, json, quiet));
    }

    record Parsed(Path config, List<String> hosts, boolean json, boolean quiet) {}
}
