// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/CredentialsUnavailableException.java.
package com.cloudbees.plugins.credentials;

public class CredentialsUnavailableException extends RuntimeException {
    public CredentialsUnavailableException(String property) { throw new UnsupportedOperationException(); }
    public CredentialsUnavailableException(String property, String message) { throw new UnsupportedOperationException(); }
    public CredentialsUnavailableException(String property, String message, Throwable cause) { throw new UnsupportedOperationException(); }
    public CredentialsUnavailableException(String property, Throwable cause) { throw new UnsupportedOperationException(); }
    public String getProperty() { throw new UnsupportedOperationException(); }
    public String getMessage() { throw new UnsupportedOperationException(); }
}
