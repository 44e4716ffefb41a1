// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/EnvVars.java.
package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.VirtualChannel;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

public class EnvVars extends TreeMap<String, String> {
    public EnvVars() { throw new UnsupportedOperationException(); }
    public EnvVars(@NonNull Map<String, String> m) { throw new UnsupportedOperationException(); }
    public EnvVars(@NonNull EnvVars m) { throw new UnsupportedOperationException(); }
    public EnvVars(String... keyValuePairs) { throw new UnsupportedOperationException(); }
    public void override(String key, String value) { throw new UnsupportedOperationException(); }
    public EnvVars overrideAll(Map<String, String> all) { throw new UnsupportedOperationException(); }
    public EnvVars overrideExpandingAll(@NonNull Map<String, String> all) { throw new UnsupportedOperationException(); }
    public static void resolve(Map<String, String> env) { throw new UnsupportedOperationException(); }
    public String get(String key, String defaultValue) { throw new UnsupportedOperationException(); }
    public String put(String key, String value) { throw new UnsupportedOperationException(); }
    public void putIfNotNull(String key, String value) { throw new UnsupportedOperationException(); }
    public void putAllNonNull(Map<String, String> map) { throw new UnsupportedOperationException(); }
    public void addLine(String line) { throw new UnsupportedOperationException(); }
    public String expand(String s) { throw new UnsupportedOperationException(); }
    public static EnvVars createCookie() { throw new UnsupportedOperationException(); }
    public static EnvVars getRemote(VirtualChannel channel) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public static final Map<String, String> masterEnvVars = null;
}
