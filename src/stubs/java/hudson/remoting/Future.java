// Compile-only stand-in; signatures from jenkinsci+remoting @ 3355.v388858a_47b_33 : src/main/java/hudson/remoting/Future.java.
package hudson.remoting;

public interface Future<V> extends java.util.concurrent.Future<V> {
}
