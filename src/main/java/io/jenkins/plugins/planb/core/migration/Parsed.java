package io.jenkins.plugins.planb.core.migration;

/**
 * A value read from a confexport file, with the line it starts on (1-based, in the whole file):
 * a {@code Map<String, Parsed>} (in file order), a {@code List<Parsed>}, a {@code String}, a
 * {@code Long}, a {@code Boolean}, or {@code null}.
 */
record Parsed(Object value, int line) {}
