package io.jenkins.plugins.planb.exec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Hides secret values in what goes to the build log: every occurrence of a secret becomes
 * {@code ****}. Commands are shown the way an admin could paste them into a shell, each
 * argument quoted when it needs to be.
 */
public final class SecretMasker {

    public static final String MASK = "****";

    private final List<String> secrets;

    public SecretMasker(Collection<String> secrets) {
        // Longest first, so a secret that contains another is masked whole.
        this.secrets = secrets.stream()
                .filter(secret -> secret != null && !secret.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.toCollection(ArrayList::new));
    }

    public static SecretMasker none() {
        return new SecretMasker(List.of());
    }

    public String mask(String text) {
        if (text == null) {
            return "";
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /** {@code $ rsync -a 'a b' …}: one line, arguments quoted for a POSIX shell, secrets masked. */
    public String commandLine(List<String> argv) {
        return "$ " + argv.stream().map(this::mask).map(SecretMasker::shellQuote).collect(Collectors.joining(" "));
    }

    static String shellQuote(String argument) {
        if (!argument.isEmpty() && argument.matches("[A-Za-z0-9_@%+=:,./*-]+")) {
            return argument;
        }
        return "'" + argument.replace("'", "'\\''") + "'";
    }
}
