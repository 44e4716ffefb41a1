// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/AnnotationHandler.java.
package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import java.lang.annotation.Annotation;

public abstract class AnnotationHandler<T extends Annotation> {
    public Object parse(StaplerRequest2 request, T a, Class type, String parameterName) throws ServletException { throw new UnsupportedOperationException(); }
    protected final Object convert(Class targetType, String value) { throw new UnsupportedOperationException(); }
}
