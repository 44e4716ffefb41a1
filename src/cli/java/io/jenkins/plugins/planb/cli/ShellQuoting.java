package io.jenkins.plugins.planb.cli;

import java.util.List;
import java.util.regex.Pattern;

/** Shows an argv the way an admin could paste it into a POSIX shell; never used to run anything. */
final class ShellQuoting {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellQuoting() {}

    static String join(List<String> argv) {
        StringBuilder line = new StringBuilder();
        for (String arg : argv) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(quote(arg));
        }
        return line.toString();
    }

    static String quote(String arg) {
        if (PLAIN.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
