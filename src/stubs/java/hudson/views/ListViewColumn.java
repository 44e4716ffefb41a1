// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/views/ListViewColumn.java.
package hudson.views;

import hudson.DescriptorExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.View;
import java.util.List;
import org.kohsuke.stapler.export.Exported;

public abstract class ListViewColumn implements ExtensionPoint, Describable<ListViewColumn> {
    @Exported public String getColumnCaption() { throw new UnsupportedOperationException(); }
    public static DescriptorExtensionList<ListViewColumn, Descriptor<ListViewColumn>> all() { throw new UnsupportedOperationException(); }
    @Deprecated public boolean shownByDefault() { throw new UnsupportedOperationException(); }
    public Descriptor<ListViewColumn> getDescriptor() { throw new UnsupportedOperationException(); }
    @Deprecated public static List<ListViewColumn> createDefaultInitialColumnList() { throw new UnsupportedOperationException(); }
    public static List<ListViewColumn> createDefaultInitialColumnList(Class<? extends View> context) { throw new UnsupportedOperationException(); }
    public static List<ListViewColumn> createDefaultInitialColumnList(View view) { throw new UnsupportedOperationException(); }
    public static final double DEFAULT_COLUMNS_ORDINAL_ICON_START = 60;
    public static final double DEFAULT_COLUMNS_ORDINAL_ICON_END = 50;
    public static final double DEFAULT_COLUMNS_ORDINAL_PROPERTIES_START = 40;
    public static final double DEFAULT_COLUMNS_ORDINAL_PROPERTIES_END = 30;
    public static final double DEFAULT_COLUMNS_ORDINAL_ACTIONS_START = 20;
    public static final double DEFAULT_COLUMNS_ORDINAL_ACTIONS_END = 10;
}
