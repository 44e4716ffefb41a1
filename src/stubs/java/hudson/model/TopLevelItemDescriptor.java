// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/TopLevelItemDescriptor.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import org.jenkins.ui.icon.IconSpec;

public abstract class TopLevelItemDescriptor extends Descriptor<TopLevelItem> implements IconSpec {
    protected TopLevelItemDescriptor(Class<? extends TopLevelItem> clazz) { super(clazz); throw new UnsupportedOperationException(); }
    protected TopLevelItemDescriptor() { super(); throw new UnsupportedOperationException(); }
    public boolean isApplicable(Descriptor descriptor) { throw new UnsupportedOperationException(); }
    public boolean isApplicableIn(ItemGroup parent) { throw new UnsupportedOperationException(); }
    public final void checkApplicableIn(ItemGroup parent) { throw new UnsupportedOperationException(); }
    public boolean testInstance(TopLevelItem i) { throw new UnsupportedOperationException(); }
    @NonNull public String getDisplayName() { throw new UnsupportedOperationException(); }
    @NonNull public String getDescription() { throw new UnsupportedOperationException(); }
    @NonNull public String getCategoryId() { throw new UnsupportedOperationException(); }
    @CheckForNull @Deprecated public String getIconFilePathPattern() { throw new UnsupportedOperationException(); }
    @CheckForNull @Deprecated public String getIconFilePath(String size) { throw new UnsupportedOperationException(); }
    public String getIconClassName() { throw new UnsupportedOperationException(); }
    @Deprecated public TopLevelItem newInstance(String name) { throw new UnsupportedOperationException(); }
    public abstract TopLevelItem newInstance(ItemGroup parent, String name);
    public static ExtensionList<TopLevelItemDescriptor> all() { throw new UnsupportedOperationException(); }
}
