package io.jenkins.plugins.planb.buildtools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementScanner14;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * The resources Stapler's own annotation processors write in the plugin POM's build, where the
 * real {@code stapler} jar is on the compile class path (jenkinsci/stapler 2088.v915606dc8e86,
 * {@code org.kohsuke.stapler.jsr269}); the offline build has only stand-ins of the annotations,
 * so it runs this processor instead, which writes the same files:
 * <ul>
 * <li>{@code ConstructorProcessor}: {@code <Type>.stapler} with {@code constructor=} the parameter
 * names of the {@code @DataBoundConstructor};</li>
 * <li>{@code QueryParameterAnnotationProcessor}: {@code <Type>/<method>.stapler} with the parameter
 * names of every method that has a {@code @QueryParameter}. Stapler's own writes one file per
 * method name and parameter list, for whichever class its {@code HashSet} yields first, so which
 * of several same-named {@code doCheckX(item, value)} get a file changes from build to build;
 * this one writes them all, deterministically (a superset of any of Stapler's outputs);</li>
 * <li>{@code ExportedBeanAnnotationProcessor}: {@code <Type>.javadoc} with the Javadoc of the
 * {@code @Exported} members, and {@code META-INF/exposed.stapler-beans} listing those types.</li>
 * </ul>
 * Stapler reads parameter names from {@code -parameters} first, so these are fallbacks, but the
 * two builds should give the same plugin ({@code BuildComparisonITest}).
 */
@SupportedAnnotationTypes("*")
public final class StaplerResourceProcessor extends AbstractProcessor {

    static final String DATA_BOUND_CONSTRUCTOR = "org.kohsuke.stapler.DataBoundConstructor";
    static final String QUERY_PARAMETER = "org.kohsuke.stapler.QueryParameter";
    static final String EXPORTED = "org.kohsuke.stapler.export.Exported";
    static final String STAPLER_BEAN_FILE = "META-INF/exposed.stapler-beans";

    private final Set<String> exposedBeanNames = new TreeSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latest();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            if (round.processingOver()) {
                if (!exposedBeanNames.isEmpty()) {
                    try (PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(
                            createResource(STAPLER_BEAN_FILE).openOutputStream(), StandardCharsets.UTF_8))) {
                        exposedBeanNames.forEach(w::println);
                    }
                }
                return false;
            }
            constructors(round);
            queryParameters(annotations, round);
            exported(annotations, round);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.toString());
        }
        return false;
    }

    /** ConstructorProcessor: scans every type of the round, nested ones included. */
    private void constructors(RoundEnvironment round) throws IOException {
        Set<Element> written = new HashSet<>();
        ElementScanner14<Void, Void> scanner = new ElementScanner14<>() {
            @Override
            public Void visitExecutable(ExecutableElement e, Void unused) {
                String javadoc = processingEnv.getElementUtils().getDocComment(e);
                if (has(e, DATA_BOUND_CONSTRUCTOR) || (javadoc != null && javadoc.contains("@stapler-constructor"))) {
                    if (written.add(e.getEnclosingElement())) {
                        writeConstructor(e);
                    }
                }
                return super.visitExecutable(e, unused);
            }

            @Override
            public Void visitUnknown(Element e, Void unused) {
                return DEFAULT_VALUE;
            }
        };
        for (Element e : round.getRootElements()) {
            if (e.getKind() != ElementKind.PACKAGE) {
                scanner.scan(e, null);
            }
        }
    }

    private void writeConstructor(ExecutableElement c) {
        if (!c.getModifiers().contains(Modifier.PUBLIC)
                || c.getEnclosingElement().getModifiers().contains(Modifier.ABSTRACT)) {
            return; // Stapler's processor reports these as errors; javac in the plugin build does
        }
        Properties p = new Properties();
        p.put("constructor", c.getParameters().stream().map(v -> v.getSimpleName().toString()).collect(Collectors.joining(",")));
        writePropertyFile(p, qualifiedPath((TypeElement) c.getEnclosingElement()) + ".stapler");
    }

    private void queryParameters(Set<? extends TypeElement> annotations, RoundEnvironment round) throws IOException {
        TypeElement queryParameter = find(annotations, QUERY_PARAMETER);
        if (queryParameter == null) {
            return;
        }
        Set<ExecutableElement> methods = new HashSet<>();
        for (Element p : round.getElementsAnnotatedWith(queryParameter)) {
            methods.add((ExecutableElement) p.getEnclosingElement());
        }
        for (ExecutableElement m : methods) {
            String names = m.getParameters().stream().map(VariableElement::getSimpleName).collect(Collectors.joining(","));
            String name = qualifiedPath((TypeElement) m.getEnclosingElement()) + "/" + m.getSimpleName() + ".stapler";
            try (OutputStream os = createResource(name).openOutputStream()) {
                os.write(names.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void exported(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement exported = find(annotations, EXPORTED);
        if (exported == null) {
            return;
        }
        Map<TypeElement, List<Element>> props = new LinkedHashMap<>();
        for (Element member : round.getElementsAnnotatedWith(exported)) {
            Element type = member.getEnclosingElement();
            if (type.getKind().isClass() || type.getKind().isInterface()) {
                props.computeIfAbsent((TypeElement) type, k -> new java.util.ArrayList<>()).add(member);
            }
        }
        props.forEach((type, members) -> {
            exposedBeanNames.add(type.getQualifiedName().toString());
            Properties javadocs = new Properties();
            for (Element md : members) {
                String javadoc = processingEnv.getElementUtils().getDocComment(md);
                if (javadoc != null) {
                    javadocs.put(md.getSimpleName().toString(), javadoc);
                }
            }
            writePropertyFile(javadocs, qualifiedPath(type) + ".javadoc");
        });
    }

    private static boolean has(Element e, String annotation) {
        for (AnnotationMirror a : e.getAnnotationMirrors()) {
            if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static TypeElement find(Set<? extends TypeElement> annotations, String name) {
        for (TypeElement a : annotations) {
            if (a.getQualifiedName().contentEquals(name)) {
                return a;
            }
        }
        return null;
    }

    private static String qualifiedPath(TypeElement type) {
        return type.getQualifiedName().toString().replace('.', '/');
    }

    private javax.tools.FileObject createResource(String name) throws IOException {
        return processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", name);
    }

    /** As Stapler writes them: {@link Properties#store} without its leading date comment. */
    private void writePropertyFile(Properties p, String name) {
        try (Writer w = createResource(name).openWriter(); BufferedWriter bw = new CommentStripping(w)) {
            p.store(bw, null);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + name + ": " + e);
        }
    }

    private static final class CommentStripping extends BufferedWriter {
        private int writes;

        CommentStripping(Writer out) {
            super(out);
        }

        @Override
        public void write(String str) throws IOException {
            if (writes++ > 0 || !str.startsWith("#")) {
                super.write(str);
            }
        }
    }
}
