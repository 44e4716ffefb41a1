// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/views/JobColumn.java.
package hudson.views;

import org.kohsuke.stapler.DataBoundConstructor;

public class JobColumn extends ListViewColumn {
    @DataBoundConstructor public JobColumn() { throw new UnsupportedOperationException(); }
}
