package io.jenkins.plugins.planb.buildtools;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/annotations/<annotation>} for every annotation that is
 * meta-annotated with annotation-indexer's {@code @Indexed} ({@code @Symbol}, Stapler's
 * {@code @ExportedBean}, {@code @Initializer}, …): the indexes Jenkins reads through
 * {@code Index.list}. In the plugin POM annotation-indexer's own processor writes them; the only
 * version of it on Maven Central (1.4) crashes on modern javac, so the offline build runs this
 * one instead (REFERENCE §3.2). It follows annotation-indexer 1.213's {@code
 * AnnotationProcessorImpl}: the annotated class (for a member, the enclosing class; for a
 * package, {@code pkg.*}) by binary name, one per line, sorted; inherited annotations count,
 * as {@code RoundEnvironment.getElementsAnnotatedWith} reports them.
 * {@code BuildComparisonITest} checks the result against the plugin POM's.
 */
@SupportedAnnotationTypes("*")
public final class AnnotationIndexProcessor extends AbstractProcessor {

    static final String INDEXED = "org.jvnet.hudson.annotation_indexer.Indexed";
    static final String PREFIX = "META-INF/services/annotations/";

    private final Map<String, Set<String>> indexes = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latest();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            if (!isIndexed(annotation)) {
                continue;
            }
            String name = processingEnv.getElementUtils().getBinaryName(annotation).toString();
            Set<String> classes = indexes.computeIfAbsent(name, k -> new TreeSet<>());
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                String entry = entryFor(element);
                if (entry != null) {
                    classes.add(entry);
                }
            }
        }
        if (round.processingOver()) {
            indexes.forEach(this::write);
        }
        return false;
    }

    private boolean isIndexed(TypeElement annotation) {
        for (AnnotationMirror meta : processingEnv.getElementUtils().getAllAnnotationMirrors(annotation)) {
            TypeElement type = (TypeElement) meta.getAnnotationType().asElement();
            if (processingEnv.getElementUtils().getBinaryName(type).contentEquals(INDEXED)) {
                return true;
            }
        }
        return false;
    }

    private String entryFor(Element element) {
        return switch (element.getKind()) {
            case CLASS, INTERFACE, ANNOTATION_TYPE, ENUM, RECORD ->
                    processingEnv.getElementUtils().getBinaryName((TypeElement) element).toString();
            case METHOD, FIELD, CONSTRUCTOR ->
                    processingEnv.getElementUtils().getBinaryName((TypeElement) element.getEnclosingElement()).toString();
            case PACKAGE -> ((PackageElement) element).getQualifiedName() + ".*";
            default -> null;
        };
    }

    private void write(String annotation, Set<String> classes) {
        if (classes.isEmpty()) {
            return;
        }
        String index = PREFIX + annotation;
        try (Writer out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", index).openWriter()) {
            for (String name : classes) {
                out.write(name);
                out.write('\n');
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + index + ": " + e);
        }
    }
}
