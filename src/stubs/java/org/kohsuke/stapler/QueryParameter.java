// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/QueryParameter.java.
package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.kohsuke.stapler.QueryParameter.HandlerImpl;

@Retention(RetentionPolicy.RUNTIME) @Target(ElementType.PARAMETER) @Documented @InjectedParameter(HandlerImpl.class) public @interface QueryParameter {
    String value() default "";
    boolean required() default false;
    boolean fixEmpty() default false;
    class HandlerImpl extends AnnotationHandler<QueryParameter> {
        public Object parse(StaplerRequest2 request, QueryParameter a, Class type, String parameterName) throws ServletException { throw new UnsupportedOperationException(); }
    }
}
