// Compile-only stand-in; signatures from jenkinsci+lib-annotation-indexer @ 1.213.v92788b_1f0a_21 : src/main/java/org/jvnet/hudson/annotation_indexer/Indexed.java.
package org.jvnet.hudson.annotation_indexer;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

@Documented @Retention(RUNTIME) @Target(ANNOTATION_TYPE) public @interface Indexed {
}
