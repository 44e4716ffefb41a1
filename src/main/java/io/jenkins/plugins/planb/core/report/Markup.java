package io.jenkins.plugins.planb.core.report;

/**
 * Escaping for the HTML report and its SVG charts. Everything that did not come from this code
 * (names, error lines, paths) goes through {@link #escape}, which also makes it valid XML: the
 * charts must parse as XML, and an error line may carry terminal control characters.
 */
public final class Markup {

    private Markup() {}

    /** Text for an element's content or a quoted attribute value. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD'); // control characters and broken surrogates are no XML
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || c >= 0x20 && c <= 0xD7FF && !(c >= 0x7F && c <= 0x9F)
                || c >= 0xE000 && c <= 0xFFFD;
    }
}
