// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/ViewDescriptor.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.FormValidation;
import hudson.views.ListViewColumn;
import java.util.List;

public abstract class ViewDescriptor extends Descriptor<View> {
    @NonNull public String getDisplayName() { throw new UnsupportedOperationException(); }
    public boolean isInstantiable() { throw new UnsupportedOperationException(); }
    public final String getNewViewDetailPage() { throw new UnsupportedOperationException(); }
    protected ViewDescriptor(Class<? extends View> clazz) { super(clazz); throw new UnsupportedOperationException(); }
    protected ViewDescriptor() { super(); throw new UnsupportedOperationException(); }
    public List<Descriptor<ListViewColumn>> getColumnsDescriptors() { throw new UnsupportedOperationException(); }
    protected FormValidation checkDisplayName(@NonNull View view, @CheckForNull String value) { throw new UnsupportedOperationException(); }
    public boolean isApplicable(Class<? extends ViewGroup> ownerType) { throw new UnsupportedOperationException(); }
    public boolean isApplicableIn(ViewGroup owner) { throw new UnsupportedOperationException(); }
}
