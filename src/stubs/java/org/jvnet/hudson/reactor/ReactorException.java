// Compile-only stand-in; signatures from jenkinsci+lib-task-reactor @ task-reactor-1.10 : src/main/java/org/jvnet/hudson/reactor/ReactorException.java.
package org.jvnet.hudson.reactor;

public class ReactorException extends Exception {
    ReactorException(Throwable cause) { throw new UnsupportedOperationException(); }
}
