package io.jenkins.plugins.planb.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import hudson.views.ListViewColumn;
import io.jenkins.plugins.planb.core.run.Outcome;
import java.beans.Introspector;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Every form-bound class of the plugin has its form ({@code config.jelly}) and a help file
 * for each field it binds, found the way Stapler finds them: next to the class or one of its
 * superclasses. And every describable is reachable by a {@code @Symbol}.
 */
class DescribableResourcesTest {

    private static final List<Class<?>> BOUND = new ArrayList<>();

    @BeforeAll
    static void findFormBoundClasses() throws URISyntaxException, ClassNotFoundException {
        Path mainClasses = Path.of(Outcome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassLoader loader = DescribableResourcesTest.class.getClassLoader();
        for (JavaClass type : new ClassFileImporter().importPath(mainClasses)) {
            if (type.getPackageName().startsWith("io.jenkins.plugins.planb.core")
                    || type.getPackageName().startsWith("io.jenkins.plugins.planb.cli")) {
                continue;
            }
            boolean bound = type.getConstructors().stream().anyMatch(c -> c.isAnnotatedWith(DataBoundConstructor.class))
                    || type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(DataBoundSetter.class));
            if (bound && !type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
                // Not initialised: the stand-ins' static initialisers are not meant to run.
                BOUND.add(Class.forName(type.getName(), false, loader));
            }
        }
        assertThat(BOUND).as("form-bound classes of the glue").hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyFormBoundClassHasAConfigView() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : BOUND) {
            if (findView(type, "config.jelly") == null) {
                missing.add(type.getName());
            }
        }
        assertThat(missing).as("classes without config.jelly").isEmpty();
    }

    @Test
    void everyBoundFieldHasAHelpFile() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : BOUND) {
            for (String field : boundFields(type)) {
                if (findView(type, "help-" + field + ".html") == null) {
                    missing.add(type.getName() + ": help-" + field + ".html");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyFormBoundDescribableHasASymbol() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : BOUND) {
            boolean symbol = type.isAnnotationPresent(Symbol.class);
            for (Class<?> nested : type.getDeclaredClasses()) {
                symbol |= nested.isAnnotationPresent(Symbol.class);
            }
            if (!symbol) {
                missing.add(type.getName());
            }
        }
        assertThat(missing).as("describables without @Symbol on them or their descriptor").isEmpty();
    }

    @Test
    void everyListColumnHasItsCellHeaderAndHelp() {
        List<String> missing = new ArrayList<>();
        List<Class<?>> columns = BOUND.stream().filter(ListViewColumn.class::isAssignableFrom).toList();
        assertThat(columns).as("PlanB's list columns").hasSizeGreaterThanOrEqualTo(7);
        for (Class<?> type : columns) {
            for (String view : List.of("column.jelly", "columnHeader.jelly", "help.html")) {
                if (findView(type, view) == null || findView(type, view).startsWith("hudson/")) {
                    missing.add(type.getName() + ": " + view);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> boundFields(Class<?> type) {
        Set<String> fields = new TreeSet<>();
        for (Class<?> c = type; c != null && c.getName().startsWith("io.jenkins.plugins.planb"); c = c.getSuperclass()) {
            for (Constructor<?> constructor : c.getDeclaredConstructors()) {
                if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                    for (Parameter parameter : constructor.getParameters()) {
                        assertThat(parameter.isNamePresent()).as("compiled with -parameters").isTrue();
                        fields.add(parameter.getName());
                    }
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(DataBoundSetter.class) && method.getName().startsWith("set")) {
                    fields.add(Introspector.decapitalize(method.getName().substring(3)));
                }
            }
        }
        return fields;
    }

    /** The resource {@code <class path>/<name>} of the class or its nearest superclass that has it. */
    private static String findView(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            String path = c.getName().replace('.', '/') + "/" + name;
            if (type.getClassLoader().getResource(path) != null) {
                return path;
            }
        }
        return null;
    }
}
