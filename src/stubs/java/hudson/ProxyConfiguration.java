// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/ProxyConfiguration.java.
package hudson;

import hudson.model.Describable;
import hudson.model.Saveable;
import java.io.IOException;
import java.io.Serializable;
import java.net.http.HttpClient;

public final class ProxyConfiguration implements Describable<ProxyConfiguration>, Saveable, Serializable {
    public void save() throws IOException { throw new UnsupportedOperationException(); }
    public static HttpClient newHttpClient() { throw new UnsupportedOperationException(); }
    public static HttpClient.Builder newHttpClientBuilder() { throw new UnsupportedOperationException(); }
}
