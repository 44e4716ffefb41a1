// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/CredentialsNameProvider.java.
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class CredentialsNameProvider<C extends Credentials> {
    @NonNull public static String name(@NonNull Credentials credentials) { throw new UnsupportedOperationException(); }
    @NonNull public abstract String getName(@NonNull C credentials);
}
