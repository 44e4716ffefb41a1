// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/HttpDeletable.java.
package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import java.io.IOException;

public interface HttpDeletable {
    default void delete(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException { throw new UnsupportedOperationException(); }
}
