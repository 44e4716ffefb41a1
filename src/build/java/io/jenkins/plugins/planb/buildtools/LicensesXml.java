package io.jenkins.plugins.planb.buildtools;

/**
 * {@code WEB-INF/licenses.xml} as plugin-pom's license-maven-plugin execution writes it: the
 * plugin itself and every bundled library with their licences. The plugin bundles nothing (its
 * libraries come from library plugins, which the plugin POM's filter leaves out), so the list
 * holds the plugin alone. Written with the markup builder's quoting, on one line.
 */
final class LicensesXml {

    private LicensesXml() {}

    static String of(PluginPom plugin) {
        StringBuilder xml = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n");
        xml.append("<l:dependencies xmlns:l='licenses'")
                .append(attr("groupId", plugin.groupId()))
                .append(attr("artifactId", plugin.artifactId()))
                .append(attr("version", plugin.version()))
                .append('>');
        xml.append("<l:dependency")
                .append(attr("name", plugin.name()))
                .append(attr("groupId", plugin.groupId()))
                .append(attr("artifactId", plugin.artifactId()))
                .append(attr("version", plugin.version()))
                .append(attr("url", plugin.url()))
                .append('>');
        xml.append("<l:description>").append(escape(plugin.description())).append("</l:description>");
        for (PluginPom.License license : plugin.licenses()) {
            xml.append("<l:license").append(attr("name", license.name())).append(attr("url", license.url())).append("/>");
        }
        xml.append("</l:dependency></l:dependencies>");
        return xml.toString();
    }

    private static String attr(String name, String value) {
        return value == null ? "" : " " + name + "='" + escape(value).replace("'", "&apos;") + "'";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
