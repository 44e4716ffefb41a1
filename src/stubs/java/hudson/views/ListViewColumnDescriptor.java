// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/views/ListViewColumnDescriptor.java.
package hudson.views;

import hudson.model.Descriptor;

public abstract class ListViewColumnDescriptor extends Descriptor<ListViewColumn> {
    public boolean shownByDefault() { throw new UnsupportedOperationException(); }
}
