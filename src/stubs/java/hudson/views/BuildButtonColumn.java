// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/views/BuildButtonColumn.java.
package hudson.views;

import org.kohsuke.stapler.DataBoundConstructor;

public class BuildButtonColumn extends ListViewColumn {
    @DataBoundConstructor public BuildButtonColumn() { throw new UnsupportedOperationException(); }
    public String taskNoun(Object job) { throw new UnsupportedOperationException(); }
}
