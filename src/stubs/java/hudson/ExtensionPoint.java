// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/ExtensionPoint.java.
package hudson;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

public interface ExtensionPoint {
    @Deprecated @Target(TYPE) @Retention(RUNTIME) @interface LegacyInstancesAreScopedToHudson {
    }
}
