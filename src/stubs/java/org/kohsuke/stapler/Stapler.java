// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/Stapler.java.
package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServlet;

public class Stapler extends HttpServlet {
}
