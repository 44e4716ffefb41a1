// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/RestrictedSince.java.
package hudson;

import java.lang.annotation.Documented;

@Documented public @interface RestrictedSince {
    String value();
}
