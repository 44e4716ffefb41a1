// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/apache/commons/fileupload/FileItemHeaders.java.
package org.apache.commons.fileupload;

import java.util.Iterator;

public interface FileItemHeaders {
    String getHeader(String name);
    Iterator<String> getHeaders(String name);
    Iterator<String> getHeaderNames();
}
