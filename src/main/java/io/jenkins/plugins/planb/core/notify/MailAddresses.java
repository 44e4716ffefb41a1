package io.jenkins.plugins.planb.core.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The notification addresses of a group: plain {@code name@domain} addresses, separated by commas or spaces. */
public final class MailAddresses {

    /** The rule, as forms and errors state it. */
    public static final String RULE =
            "addresses look like name@example.com and are separated by commas or spaces";

    private static final Pattern ADDRESS = Pattern.compile(
            "[^@\\s<>()\\[\\],;:\"\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");

    private MailAddresses() {}

    /** The addresses in {@code text}; none for {@code null} or blank text. */
    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("[\\s,]+")).filter(a -> !a.isEmpty()).toList();
    }

    /** The first problem with {@code text}, naming the address and the rule; empty when every address is fine. */
    public static Optional<String> check(String text) {
        for (String address : split(text)) {
            if (!ADDRESS.matcher(address).matches()) {
                return Optional.of("'" + address + "' is not a mail address: " + RULE);
            }
        }
        return Optional.empty();
    }
}
