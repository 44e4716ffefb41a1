package io.jenkins.plugins.planb.core.storage;

/** A storage command failed; the message is the first meaningful line of its error output. */
public class StorageException extends Exception {

    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
