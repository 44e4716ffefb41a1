// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/verb/GET.java.
package org.kohsuke.stapler.verb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.kohsuke.stapler.interceptor.InterceptorAnnotation;
import org.kohsuke.stapler.interceptor.Stage;

@Target(ElementType.METHOD) @Retention(RetentionPolicy.RUNTIME) @Documented @InterceptorAnnotation(value = HttpVerbInterceptor.class, stage = Stage.SELECTION) public @interface GET {
}
