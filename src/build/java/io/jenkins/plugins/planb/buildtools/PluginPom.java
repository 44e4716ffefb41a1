package io.jenkins.plugins.planb.buildtools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What the offline build needs from the plugin POM ({@code pom.xml}), read with the JDK's XML
 * parser: the plugin's identity and metadata, its properties, the BOM it imports and its direct
 * dependencies. Values are interpolated from {@code pom.xml}'s own properties, the
 * {@code project.*} values and the given parent defaults ({@code scmTag}, …), which is all a
 * plugin POM uses; an expression that cannot be resolved is an error.
 */
record PluginPom(
        String groupId,
        String artifactId,
        String version,
        String name,
        String description,
        String url,
        String jenkinsVersion,
        List<License> licenses,
        Map<String, String> scm,
        List<String> developers,
        String bom,
        List<Dependency> dependencies,
        Map<String, String> properties) {

    record License(String name, String url) {}

    record Dependency(String groupId, String artifactId, String scope, boolean optional) {
        String key() {
            return groupId + ":" + artifactId;
        }
    }

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

    String property(String name) {
        return properties.get(name);
    }

    static PluginPom read(Path pom, Map<String, String> parentDefaults) throws IOException {
        Element project = parse(pom).getDocumentElement();
        Map<String, String> values = new LinkedHashMap<>(parentDefaults);
        Element props = child(project, "properties");
        if (props != null) {
            for (Element p : children(props)) {
                values.put(p.getTagName(), p.getTextContent().strip());
            }
        }
        String groupId = text(project, "groupId");
        String artifactId = text(project, "artifactId");
        String version = text(project, "version");
        String name = text(project, "name");
        values.put("project.groupId", groupId);
        values.put("project.artifactId", artifactId);
        values.put("project.version", version);
        if (name != null) {
            values.put("project.name", name);
        }
        Interpolator in = new Interpolator(values, pom);

        List<License> licenses = new ArrayList<>();
        Element licensesElement = child(project, "licenses");
        if (licensesElement != null) {
            for (Element l : children(licensesElement)) {
                licenses.add(new License(in.apply(text(l, "name")), in.apply(text(l, "url"))));
            }
        }
        Map<String, String> scm = new LinkedHashMap<>();
        Element scmElement = child(project, "scm");
        if (scmElement != null) {
            for (Element e : children(scmElement)) {
                scm.put(e.getTagName(), in.apply(e.getTextContent().strip()));
            }
        }
        List<String> developers = new ArrayList<>();
        Element developersElement = child(project, "developers");
        if (developersElement != null) {
            for (Element d : children(developersElement)) { // name:id:email, as maven-hpi-plugin writes them
                developers.add(orEmpty(in.apply(text(d, "name"))) + ":" + orEmpty(in.apply(text(d, "id"))) + ":"
                        + orEmpty(in.apply(text(d, "email"))));
            }
        }
        String bom = null;
        Element management = child(project, "dependencyManagement");
        if (management != null && child(management, "dependencies") != null) {
            for (Element d : children(child(management, "dependencies"))) {
                if ("import".equals(text(d, "scope")) && "io.jenkins.tools.bom".equals(in.apply(text(d, "groupId")))) {
                    bom = in.apply(text(d, "groupId")) + ":" + in.apply(text(d, "artifactId")) + ":" + in.apply(text(d, "version"));
                }
            }
        }
        List<Dependency> dependencies = new ArrayList<>();
        Element dependenciesElement = child(project, "dependencies");
        if (dependenciesElement != null) {
            for (Element d : children(dependenciesElement)) {
                if (text(d, "classifier") != null) {
                    continue; // a classifier (tests) is never a plugin dependency of the .hpi
                }
                String scope = text(d, "scope");
                dependencies.add(new Dependency(in.apply(text(d, "groupId")), in.apply(text(d, "artifactId")),
                        scope == null ? "compile" : in.apply(scope), "true".equals(in.apply(text(d, "optional")))));
            }
        }
        Map<String, String> properties = new LinkedHashMap<>();
        values.forEach((k, v) -> properties.put(k, in.applyLeniently(v)));
        if (values.get("jenkins.version") == null) {
            throw new HpiAssembler.BuildException(pom + " sets no jenkins.version property");
        }
        String description = text(project, "description") != null ? text(project, "description") : values.get("project.description");
        return new PluginPom(groupId, artifactId, in.apply(version), in.apply(name), in.apply(description),
                in.apply(text(project, "url")),
                in.apply(values.get("jenkins.version")), licenses, scm, developers, bom, dependencies, properties);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Document parse(Path pom) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder().parse(pom.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Element e : children(parent)) {
            if (e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    /** Replaces {@code ${name}} until nothing is left; an unknown name is an error. */
    private record Interpolator(Map<String, String> values, Path pom) {
        /** For properties nobody may ask for: one the parent would define stays as written. */
        String applyLeniently(String s) {
            try {
                return apply(s);
            } catch (HpiAssembler.BuildException e) {
                return s;
            }
        }

        String apply(String s) {
            if (s == null) {
                return null;
            }
            for (int depth = 0; depth < 10; depth++) {
                Matcher m = EXPRESSION.matcher(s);
                if (!m.find()) {
                    return s;
                }
                StringBuilder out = new StringBuilder();
                m.reset();
                while (m.find()) {
                    String value = values.get(m.group(1));
                    if (value == null) {
                        throw new HpiAssembler.BuildException(pom + " uses ${" + m.group(1) + "}, which neither it nor the"
                                + " parent defaults given to the offline build (--default) define");
                    }
                    m.appendReplacement(out, Matcher.quoteReplacement(value));
                }
                m.appendTail(out);
                s = out.toString();
            }
            throw new HpiAssembler.BuildException(pom + ": property expressions nest too deep in " + s);
        }
    }
}
