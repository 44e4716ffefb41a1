// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/NameWith.java.
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.TYPE) @Inherited public @interface NameWith {
    @NonNull Class<? extends CredentialsNameProvider<? extends Credentials>> value();
    int priority() default 0;
}
