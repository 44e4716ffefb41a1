// Compile-only stand-in; signatures from jenkinsci+stapler @ 2088.v915606dc8e86 : core/src/main/java/org/kohsuke/stapler/Ancestor.java.
package org.kohsuke.stapler;

public interface Ancestor {
    Object getObject();
    String getUrl();
    String getRestOfUrl();
    String getNextToken(int n);
    String getFullUrl();
    String getRelativePath();
    Ancestor getPrev();
    Ancestor getNext();
}
