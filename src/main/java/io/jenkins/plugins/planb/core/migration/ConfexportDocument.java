package io.jenkins.plugins.planb.core.migration;

/**
 * One fileset's part of a confexport file: its header ({@code <group>-<name>}), the header's
 * line, and the text of its JSON or YAML document with the line the text starts on.
 */
record ConfexportDocument(String uniqueName, int headerLine, String body, int bodyLine) {}
