package io.jenkins.plugins.planb.acceptance;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jenkins configuration form as a browser submits it, without a browser: the page's HTML is
 * read into a small element tree, the few load-time rules of Jenkins' {@code hudson-behavior.js}
 * that shape a submission are applied (row sets, optional blocks, radio blocks, drop-down
 * lists; templates and {@code to-be-removed} prototypes are dropped), and {@link #json()} is a
 * port of its {@code buildFormTree}: the {@code json} parameter every {@code configSubmit}
 * reads. So the test submits what the real form holds, field names and nesting included, and
 * changes only the fields an admin would type into.
 */
final class HtmlForm {

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr", "param");
    private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "details",
            "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "main", "nav", "ol", "p", "pre", "section", "table", "ul");
    private static final Set<String> RAW_TEXT = Set.of("script", "style");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");

    /** One element of the page. */
    static final class Element {
        final String tag;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<Element> children = new ArrayList<>();
        Element parent;
        final StringBuilder text = new StringBuilder();
        Map<String, Object> formDom;
        boolean groupingNode;

        Element(String tag) {
            this.tag = tag;
        }

        String attr(String name) {
            return attributes.get(name);
        }

        boolean hasClass(String name) {
            String classes = attributes.get("class");
            if (classes == null) {
                return false;
            }
            for (String c : classes.trim().split("\\s+")) {
                if (c.equals(name)) {
                    return true;
                }
            }
            return false;
        }

        String type() {
            String type = attributes.get("type");
            return type == null ? "" : type.toLowerCase(Locale.ROOT);
        }

        String name() {
            return attributes.get("name");
        }

        Element nextSibling() {
            if (parent == null) {
                return null;
            }
            int i = parent.children.indexOf(this);
            return i + 1 < parent.children.size() ? parent.children.get(i + 1) : null;
        }

        Element previousSibling() {
            if (parent == null) {
                return null;
            }
            int i = parent.children.indexOf(this);
            return i > 0 ? parent.children.get(i - 1) : null;
        }

        Element firstChild() {
            return children.isEmpty() ? null : children.get(0);
        }

        boolean checked() {
            return attributes.containsKey("checked");
        }

        @Override
        public String toString() {
            return "<" + tag + " " + attributes + ">";
        }
    }

    private final Element form;
    private final Map<String, Element> byId = new HashMap<>();
    private final List<Element> elements = new ArrayList<>();
    private int iota;

    private HtmlForm(Element form, Element root) {
        this.form = form;
        index(root);
        collectControls(form);
        applyBehaviour();
    }

    /** The form named {@code formName} (Jenkins' configure pages: {@code config}) of a page. */
    static HtmlForm parse(String html, String formName) {
        Element root = parseDocument(html);
        Element form = findForm(root, formName);
        if (form == null) {
            throw new IllegalArgumentException("no <form name=\"" + formName + "\"> in the page");
        }
        return new HtmlForm(form, root);
    }

    /** The form's controls named {@code name}, in document order. */
    List<Element> controls(String name) {
        return elements.stream().filter(e -> name.equals(e.name())).toList();
    }

    /**
     * The one control named {@code name} whose grouping parents (the named rows and blocks it
     * belongs to) include {@code group}, or any when {@code group} is null.
     */
    Element control(String group, String name) {
        List<Element> found = new ArrayList<>();
        for (Element e : controls(name)) {
            if (group == null || groupsOf(e).contains(group)) {
                found.add(e);
            }
        }
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.size() + " controls named '" + name + "'"
                    + (group == null ? "" : " in '" + group + "'") + " on the page; groups: "
                    + controls(name).stream().map(this::groupsOf).toList());
        }
        return found.get(0);
    }

    /** Types into a text box, text area or hidden field, or picks a drop-down's value. */
    HtmlForm set(String group, String name, String value) {
        Element e = control(group, name);
        switch (e.tag) {
            case "textarea" -> {
                e.text.setLength(0);
                e.text.append(value);
            }
            case "select" -> {
                List<Element> options = options(e);
                if (e.attr("fillUrl") != null || options.isEmpty()) {
                    // The page's script replaces the options with what fillUrl answers and selects
                    // the one equal to the select's value attribute (the caller checks fillUrl offers it).
                    e.children.removeIf(child -> child.tag.equals("option"));
                    e.attributes.put("value", value);
                } else {
                    boolean found = false;
                    for (Element option : options) {
                        boolean match = optionValue(option).equals(value);
                        found |= match;
                        if (match) {
                            option.attributes.put("selected", "selected");
                        } else {
                            option.attributes.remove("selected");
                        }
                    }
                    if (!found) {
                        throw new IllegalArgumentException("no option '" + value + "' in " + name);
                    }
                }
            }
            default -> {
                if (e.type().equals("checkbox") || e.type().equals("radio")) {
                    throw new IllegalArgumentException(name + " is a " + e.type() + ", not a text field");
                }
                e.attributes.put("value", value);
            }
        }
        return this;
    }

    /** The current value of a text control, as the browser would submit it. */
    String value(String group, String name) {
        return valueOf(control(group, name));
    }

    boolean isChecked(String group, String name) {
        return control(group, name).checked();
    }

    /** The controls of the form, in document order. */
    List<Element> controls() {
        return List.copyOf(elements);
    }

    /** A control's value as the page's script sends it to check and fill URLs. */
    String scriptValue(Element e) {
        if (e.tag.equals("input") && (e.type().equals("checkbox") || e.type().equals("radio"))) {
            return String.valueOf(e.checked());
        }
        return valueOf(e);
    }

    /** The control named {@code field} (or {@code _.field}) in the same group as {@code e}, as checkDependsOn finds it. */
    Element neighbour(Element e, String field) {
        List<String> groups = groupsOf(e);
        for (Element other : elements) {
            if ((("_." + field).equals(other.name()) || field.equals(other.name())) && groupsOf(other).equals(groups)) {
                return other;
            }
        }
        return null;
    }

    /** The names of the grouping parents of a control, innermost first. */
    List<String> groupsOf(Element e) {
        List<String> names = new ArrayList<>();
        Element p = e;
        while (true) {
            p = findFormParent(p, true);
            if (p == null || p == form) {
                return names;
            }
            names.add(p.name());
        }
    }

    /**
     * The request parameters a browser sends when {@code submitButton} is pressed: every
     * successful control by name, then {@code json}, the structured form.
     */
    List<Map.Entry<String, String>> submission(String submitButton) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (Element e : elements) {
            String name = e.name();
            if (name == null || name.isEmpty() || e.attributes.containsKey("disabled") || name.equals("json")) {
                continue;
            }
            switch (e.tag) {
                case "button" -> {
                    if (name.equals(submitButton)) {
                        params.add(entry(name, e.attributes.getOrDefault("value", "")));
                    }
                }
                case "select" -> params.add(entry(name, valueOf(e)));
                case "textarea" -> params.add(entry(name, valueOf(e)));
                default -> {
                    switch (e.type()) {
                        case "checkbox", "radio" -> {
                            if (e.checked()) {
                                params.add(entry(name, e.attributes.getOrDefault("value", "on")));
                            }
                        }
                        case "submit", "button", "image", "reset", "file" -> {
                            if (name.equals(submitButton)) {
                                params.add(entry(name, e.attributes.getOrDefault("value", "")));
                            }
                        }
                        default -> params.add(entry(name, valueOf(e)));
                    }
                }
            }
        }
        params.add(entry("json", Json.write(json())));
        return params;
    }

    /** The structured form, as {@code buildFormTree} of hudson-behavior.js computes it. */
    Map<String, Object> json() {
        List<Element> doms = new ArrayList<>();
        Map<String, Object> root = new LinkedHashMap<>();
        form.formDom = root;
        doms.add(form);
        try {
            for (Element e : elements) {
                String name = e.name();
                if (name == null || name.equals("json") || e.tag.equals("fieldset")) {
                    continue;
                }
                if (e.tag.equals("select") && e.attributes.containsKey("multiple")) {
                    List<Object> values = new ArrayList<>();
                    for (Element option : options(e)) {
                        if (option.attributes.containsKey("selected")) {
                            values.add(optionValue(option));
                        }
                    }
                    addProperty(findParent(e, doms), name, values);
                    continue;
                }
                switch (e.tag.equals("input") ? e.type() : "") {
                    case "button", "submit" -> { }
                    case "checkbox" -> {
                        Map<String, Object> p = findParent(e, doms);
                        boolean checked = e.checked() ^ e.hasClass("negative");
                        if (!e.groupingNode) {
                            String v = e.attr("json");
                            if (v != null && !v.isEmpty()) {
                                if (checked) {
                                    addProperty(p, name, v);
                                }
                            } else {
                                addProperty(p, name, checked);
                            }
                        } else if (checked) {
                            e.formDom = new LinkedHashMap<>();
                            doms.add(e);
                            addProperty(p, name, e.formDom);
                        }
                    }
                    case "file" -> throw new IllegalStateException("file upload fields are not supported: " + name);
                    case "radio" -> {
                        if (!e.checked()) {
                            break;
                        }
                        int r = 0;
                        while (name.startsWith("removeme", r)) {
                            r = name.indexOf('_', r + 8) + 1;
                        }
                        Map<String, Object> p = findParent(e, doms);
                        if (e.groupingNode) {
                            e.formDom = new LinkedHashMap<>();
                            e.formDom.put("value", valueOf(e));
                            doms.add(e);
                            addProperty(p, name.substring(r), e.formDom);
                        } else {
                            addProperty(p, name.substring(r), valueOf(e));
                        }
                    }
                    case "password" -> {
                        Map<String, Object> p = findParent(e, doms);
                        addProperty(p, name, valueOf(e));
                        addProperty(p, "$redact", shortenName(name));
                    }
                    default -> {
                        if (e.tag.equals("button")) {
                            break;
                        }
                        Map<String, Object> p = findParent(e, doms);
                        addProperty(p, name, valueOf(e));
                        if (e.hasClass("complex-password-field") || e.hasClass("secretTextarea-redact")) {
                            addProperty(p, "$redact", shortenName(name));
                        }
                    }
                }
            }
            return root;
        } finally {
            for (Element dom : doms) {
                dom.formDom = null;
            }
        }
    }

    // ---- buildFormTree helpers ------------------------------------------------------------

    private Map<String, Object> findParent(Element e, List<Element> doms) {
        Element p = findFormParent(e, false);
        if (p == null) {
            return new LinkedHashMap<>();
        }
        if (p.formDom == null) {
            p.formDom = new LinkedHashMap<>();
            doms.add(p);
            addProperty(findParent(p, doms), p.name(), p.formDom);
        }
        return p.formDom;
    }

    private Element findFormParent(Element e, boolean isStatic) {
        while (e != form) {
            String nameRef = e.attr("nameRef");
            if (nameRef != null) {
                e = byId.get(nameRef);
            } else {
                e = e.parent;
            }
            if (e == null) {
                return null;
            }
            if (!isStatic && e.attr("field-disabled") != null) {
                return null;
            }
            String name = e.name();
            if (name != null && !name.isEmpty()) {
                if (e.tag.equals("input") && !isStatic && !(e.checked() ^ e.hasClass("negative"))) {
                    return null;
                }
                return e;
            }
        }
        return form;
    }

    @SuppressWarnings("unchecked")
    private static void addProperty(Map<String, Object> parent, String name, Object value) {
        name = shortenName(name);
        Object existing = parent.get(name);
        if (existing != null) {
            List<Object> list;
            if (existing instanceof List<?> l) {
                list = (List<Object>) l;
            } else {
                list = new ArrayList<>();
                list.add(existing);
                parent.put(name, list);
            }
            list.add(value);
        } else {
            parent.put(name, value);
        }
    }

    private static String shortenName(String name) {
        if (name.startsWith("[")) {
            return name.substring(1, name.length() - 1);
        }
        int i = name.lastIndexOf('.');
        return i >= 0 ? name.substring(i + 1) : name;
    }

    private String valueOf(Element e) {
        return switch (e.tag) {
            case "textarea" -> {
                String text = e.text.toString();
                // a browser drops one newline right after <textarea>
                yield text.startsWith("\r\n") ? text.substring(2) : text.startsWith("\n") ? text.substring(1) : text;
            }
            case "select" -> {
                List<Element> options = options(e);
                if (options.isEmpty()) {
                    yield e.attributes.getOrDefault("value", "");
                }
                Element chosen = options.get(0);
                for (Element option : options) {
                    if (option.attributes.containsKey("selected")) {
                        chosen = option;
                    }
                }
                yield optionValue(chosen);
            }
            default -> e.attributes.getOrDefault("value",
                    e.type().equals("checkbox") || e.type().equals("radio") ? "on" : "");
        };
    }

    private static List<Element> options(Element select) {
        List<Element> options = new ArrayList<>();
        collect(select, "option", options);
        return options;
    }

    private static String optionValue(Element option) {
        String value = option.attr("value");
        return value != null ? value : option.text.toString().strip();
    }

    private static void collect(Element e, String tag, List<Element> into) {
        for (Element child : e.children) {
            if (child.tag.equals(tag)) {
                into.add(child);
            }
            collect(child, tag, into);
        }
    }

    private static Map.Entry<String, String> entry(String name, String value) {
        return new AbstractMap.SimpleImmutableEntry<>(name, value);
    }

    // ---- the load-time behaviour that shapes the submission -------------------------------

    private void applyBehaviour() {
        List<Element> all = new ArrayList<>();
        flatten(form, all);
        // radioBlock.js (priority -100): a radio block's start row refers to its radio button
        for (Element e : all) {
            if (e.tag.equals("input") && e.hasClass("radio-block-control")) {
                e.attributes.put("id", "radio-block-" + iota++);
                byId.put(e.attr("id"), e);
                Element start = closestWithClass(e, "radio-block-start");
                if (start != null) {
                    start.attributes.put("ref", e.attr("id"));
                }
            }
        }
        // optional-block-start: the block's start row refers to its check box
        for (Element e : all) {
            if (e.hasClass("optional-block-start") && (e.hasClass("tr") || e.tag.equals("tr"))) {
                Element checkbox = firstDescendant(e, x -> x.tag.equals("input") && x.type().equals("checkbox"));
                if (checkbox != null) {
                    String id = "cb" + iota++;
                    checkbox.attributes.put("id", id);
                    byId.put(id, checkbox);
                    e.attributes.put("ref", id);
                }
            }
        }
        // row-set-end: the rows of a row set (and of optional and radio blocks) belong to its start
        for (Element e : all) {
            if (e.hasClass("row-set-end") && (e.hasClass("tr") || e.tag.equals("tr"))) {
                Element end = e;
                Element start = e;
                int depth = 0;
                while (start != null) {
                    if (start.hasClass("row-set-end")) {
                        depth++;
                    }
                    if (start.hasClass("row-set-start")) {
                        depth--;
                    }
                    if (depth == 0) {
                        break;
                    }
                    start = start.previousSibling();
                }
                if (start == null) {
                    throw new IllegalStateException("a row-set-end without its start: " + end);
                }
                String ref = start.attr("ref");
                if (ref == null) {
                    ref = "rowSetStart" + iota++;
                    start.attributes.put("id", ref);
                    byId.put(ref, start);
                }
                Element governing = byId.get(ref);
                if (governing != null) {
                    governing.groupingNode = true;
                }
                applyNameRefHelper(start, end, ref);
            }
        }
        // dropdownList: only the chosen sub-form is submitted
        for (Element e : all) {
            if (e.tag.equals("select") && e.hasClass("dropdownList")) {
                disableUnchosenDropdownForms(e);
            }
        }
    }

    private static void applyNameRefHelper(Element s, Element e, String id) {
        if (s == null) {
            return;
        }
        for (Element x = s.nextSibling(); x != e && x != null; x = x.nextSibling()) {
            if (x.attr("nameRef") == null) {
                x.attributes.put("nameRef", id);
                if (x.hasClass("tr")) {
                    applyNameRefHelper(x.firstChild(), null, id);
                }
            }
        }
    }

    private void disableUnchosenDropdownForms(Element select) {
        Element row = select;
        while (row != null && !(row.hasClass("tr") || row.hasClass("jenkins-form-item") || row.tag.equals("tr"))) {
            row = row.parent;
        }
        Element container = row;
        while (container != null && !container.hasClass("dropdownList-container")) {
            container = container.nextSibling();
        }
        if (container == null) {
            return;
        }
        List<Element> options = options(select);
        int chosen = 0;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).attributes.containsKey("selected")) {
                chosen = i;
            }
        }
        int index = -1;
        for (Element child : container.children) {
            if (child.hasClass("dropdownList-start")) {
                index++;
            }
            if (index != chosen && index >= 0) {
                child.attributes.put("field-disabled", "true");
            }
        }
    }

    private static Element closestWithClass(Element e, String cls) {
        for (Element p = e; p != null; p = p.parent) {
            if (p.hasClass(cls)) {
                return p;
            }
        }
        return null;
    }

    private static Element firstDescendant(Element e, java.util.function.Predicate<Element> test) {
        for (Element child : e.children) {
            if (test.test(child)) {
                return child;
            }
            Element found = firstDescendant(child, test);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void flatten(Element e, List<Element> into) {
        for (Element child : e.children) {
            into.add(child);
            flatten(child, into);
        }
    }

    private void index(Element e) {
        String id = e.attr("id");
        if (id != null) {
            byId.putIfAbsent(id, e);
        }
        for (Element child : e.children) {
            index(child);
        }
    }

    private void collectControls(Element e) {
        for (Element child : e.children) {
            switch (child.tag) {
                case "input", "select", "textarea", "button", "fieldset", "output", "object" -> elements.add(child);
                default -> { }
            }
            collectControls(child);
        }
    }

    private static Element findForm(Element e, String name) {
        if (e.tag.equals("form") && name.equals(e.name())) {
            return e;
        }
        for (Element child : e.children) {
            Element found = findForm(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    // ---- a forgiving HTML reader, enough for Jenkins' Jelly output --------------------------

    static Element parseDocument(String html) {
        Element root = new Element("#document");
        Element current = root;
        int skipDepth = 0; // inside <template> or a to-be-removed subtree: dropped, as the page's script does
        List<Element> stack = new ArrayList<>();
        int at = 0;
        int length = html.length();
        while (at < length) {
            int lt = html.indexOf('<', at);
            if (lt < 0) {
                appendText(current, html.substring(at), skipDepth);
                break;
            }
            if (lt > at) {
                appendText(current, html.substring(at, lt), skipDepth);
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                at = end < 0 ? length : end + 3;
                continue;
            }
            if (html.startsWith("<!", lt) || html.startsWith("<?", lt)) {
                int end = html.indexOf('>', lt);
                at = end < 0 ? length : end + 1;
                continue;
            }
            if (html.startsWith("</", lt)) {
                int end = html.indexOf('>', lt);
                String tag = html.substring(lt + 2, end < 0 ? length : end).trim().toLowerCase(Locale.ROOT);
                at = end < 0 ? length : end + 1;
                // close up to the matching open element, if there is one
                for (int i = stack.size() - 1; i >= 0; i--) {
                    if (stack.get(i).tag.equals(tag)) {
                        while (stack.size() > i) {
                            Element closed = stack.remove(stack.size() - 1);
                            if (closed.attributes.containsKey("#skip")) {
                                skipDepth--;
                            }
                        }
                        current = stack.isEmpty() ? root : stack.get(stack.size() - 1);
                        break;
                    }
                }
                continue;
            }
            int end = tagEnd(html, lt);
            if (end < 0) {
                appendText(current, html.substring(lt), skipDepth);
                break;
            }
            String inside = html.substring(lt + 1, end);
            boolean selfClosing = inside.endsWith("/");
            if (selfClosing) {
                inside = inside.substring(0, inside.length() - 1);
            }
            Matcher tagName = Pattern.compile("^([A-Za-z][A-Za-z0-9:-]*)").matcher(inside);
            if (!tagName.find()) {
                appendText(current, "<", skipDepth);
                at = lt + 1;
                continue;
            }
            String tag = tagName.group(1).toLowerCase(Locale.ROOT);
            Element element = new Element(tag);
            Matcher attribute = ATTRIBUTE.matcher(inside.substring(tagName.end()));
            while (attribute.find()) {
                String value = attribute.group(2) != null ? attribute.group(2)
                        : attribute.group(3) != null ? attribute.group(3)
                        : attribute.group(4) != null ? attribute.group(4) : "";
                element.attributes.putIfAbsent(attribute.group(1), decode(value));
            }
            at = end + 1;
            if (RAW_TEXT.contains(tag)) {
                int close = html.toLowerCase(Locale.ROOT).indexOf("</" + tag, at);
                at = close < 0 ? length : html.indexOf('>', close) + 1;
                continue;
            }
            // what a browser closes implicitly: a <p> before a block, an <option> before the next
            if ((current.tag.equals("p") && CLOSES_P.contains(tag)) || (current.tag.equals("option") && tag.equals("option"))) {
                Element closed = stack.remove(stack.size() - 1);
                if (closed.attributes.containsKey("#skip")) {
                    skipDepth--;
                }
                current = stack.isEmpty() ? root : stack.get(stack.size() - 1);
            }
            boolean skipped = skipDepth > 0 || tag.equals("template") || element.hasClass("to-be-removed");
            if (!skipped) {
                element.parent = current;
                current.children.add(element);
            }
            if (selfClosing || VOID.contains(tag)) {
                continue;
            }
            if (skipped) {
                element.attributes.put("#skip", "");
                skipDepth++;
            }
            stack.add(element);
            current = element;
        }
        return root;
    }

    private static int tagEnd(String html, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static void appendText(Element current, String text, int skipDepth) {
        if (skipDepth == 0) {
            current.text.append(decode(text));
        }
    }

    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String entity = s.substring(i + 1, semi);
                String decoded = switch (entity) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> "\u00a0";
                    default -> {
                        try {
                            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                                yield new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
                            } else if (entity.startsWith("#")) {
                                yield new String(Character.toChars(Integer.parseInt(entity.substring(1))));
                            }
                        } catch (IllegalArgumentException e) {
                            // not an entity
                        }
                        yield null;
                    }
                };
                if (decoded != null) {
                    out.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
