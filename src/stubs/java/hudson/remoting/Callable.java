// Compile-only stand-in; signatures from jenkinsci+remoting @ 3355.v388858a_47b_33 : src/main/java/hudson/remoting/Callable.java.
package hudson.remoting;

import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;

public interface Callable<V, T extends Throwable> extends Serializable, RoleSensitive {
    V call() throws T;
}
