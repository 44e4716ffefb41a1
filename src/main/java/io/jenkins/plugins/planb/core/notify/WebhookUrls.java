package io.jenkins.plugins.planb.core.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where webhooks go: one absolute {@code http://} or {@code https://} URL per line. */
public final class WebhookUrls {

    /** The rule, as forms and errors state it. */
    public static final String RULE = "one http:// or https:// URL with a host per line";

    private WebhookUrls() {}

    /** The first problem with {@code text}, naming the line and the rule; empty when every line is a URL. */
    public static Optional<String> check(String text) {
        for (String line : lines(text)) {
            Optional<String> problem = problem(line);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * The URLs in {@code text}.
     *
     * @throws IllegalArgumentException naming the first bad line and the rule
     */
    public static List<URI> parse(String text) {
        List<URI> urls = new ArrayList<>();
        for (String line : lines(text)) {
            problem(line).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
            urls.add(URI.create(line));
        }
        return urls;
    }

    private static Optional<String> problem(String line) {
        try {
            URI uri = new URI(line);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("'" + line + "' is not an http or https URL: " + RULE);
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.of("'" + line + "' names no host: " + RULE);
            }
            if (uri.getUserInfo() != null) {
                return Optional.of("'" + line + "' carries a user name or password; keep secrets in a credential: "
                        + RULE);
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("'" + line + "' is not a URL (" + e.getReason() + "): " + RULE);
        }
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
