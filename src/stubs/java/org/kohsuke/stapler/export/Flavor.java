// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/export/Flavor.java.
package org.kohsuke.stapler.export;

import java.io.IOException;
import java.io.Writer;

public enum Flavor {
    JSON { public DataWriter createDataWriter(Object bean, Writer w, ExportConfig config) throws IOException { throw new UnsupportedOperationException(); } },
    JSONP { public DataWriter createDataWriter(Object bean, Writer w, ExportConfig config) throws IOException { throw new UnsupportedOperationException(); } },
    PYTHON { public DataWriter createDataWriter(Object bean, Writer w, ExportConfig config) throws IOException { throw new UnsupportedOperationException(); } },
    RUBY { public DataWriter createDataWriter(Object bean, Writer w, ExportConfig config) throws IOException { throw new UnsupportedOperationException(); } },
    XML { public DataWriter createDataWriter(Object bean, Writer w, ExportConfig config) throws IOException { throw new UnsupportedOperationException(); } };
    public abstract DataWriter createDataWriter(Object bean, Writer w, ExportConfig config) throws IOException;
}
