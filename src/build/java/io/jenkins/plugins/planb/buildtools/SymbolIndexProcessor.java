package io.jenkins.plugins.planb.buildtools;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/annotations/org.jenkinsci.Symbol}, the index Jenkins reads to
 * find {@code @Symbol} names. annotation-indexer writes it in a real plugin build, but the only
 * version on Maven Central (1.4) crashes on modern javac, so it must not run (REFERENCE §3.2).
 * The format is the current one: plain UTF-8, one binary class name per line, sorted.
 */
@SupportedAnnotationTypes("org.jenkinsci.Symbol")
public final class SymbolIndexProcessor extends AbstractProcessor {

    static final String INDEX = "META-INF/services/annotations/org.jenkinsci.Symbol";

    private final Set<String> classes = new TreeSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latest();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    classes.add(processingEnv.getElementUtils().getBinaryName(type).toString());
                }
            }
        }
        if (round.processingOver() && !classes.isEmpty()) {
            write();
        }
        return false;
    }

    private void write() {
        try (Writer out = processingEnv.getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", INDEX)
                .openWriter()) {
            for (String name : classes) {
                out.write(name);
                out.write('\n');
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + INDEX + ": " + e);
        }
    }
}
