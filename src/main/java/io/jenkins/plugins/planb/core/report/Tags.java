package io.jenkins.plugins.planb.core.report;

/**
 * Start and end tags with escaped attribute values, for the HTML report and its SVG charts: the
 * one place markup is put together, so no value reaches the output unescaped. Empty elements are
 * written {@code <name/>}, which both HTML and XML read.
 */
final class Tags {

    private Tags() {}

    /** {@code <name a="1" b="2">}; {@code attributes} are name, value pairs. */
    static String open(String name, String... attributes) {
        return start(name, attributes).append('>').toString();
    }

    /** {@code <name a="1"/>}. */
    static String empty(String name, String... attributes) {
        return start(name, attributes).append("/>").toString();
    }

    static String close(String name) {
        return "</" + name + ">";
    }

    /** {@code <name a="1">text</name>}, the text escaped. */
    static String element(String name, String text, String... attributes) {
        return open(name, attributes) + Markup.escape(text) + close(name);
    }

    private static StringBuilder start(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + attributes.length);
        }
        StringBuilder tag = new StringBuilder("<").append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            tag.append(' ').append(attributes[i]).append("=\"").append(Markup.escape(attributes[i + 1])).append('"');
        }
        return tag;
    }
}
