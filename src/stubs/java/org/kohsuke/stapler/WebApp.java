// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/WebApp.java.
package org.kohsuke.stapler;

import jakarta.servlet.ServletContext;

public class WebApp {
    public WebApp(ServletContext context) { throw new UnsupportedOperationException(); }
}
