// Compile-only stand-in; signatures from jenkinsci+cloudbees-folder-plugin @ HEAD : src/main/java/com/cloudbees/hudson/plugins/folder/AbstractFolderDescriptor.java.
package com.cloudbees.hudson.plugins.folder;

import hudson.model.TopLevelItemDescriptor;
import java.util.List;
import org.jenkins.ui.icon.IconSpec;

public abstract class AbstractFolderDescriptor extends TopLevelItemDescriptor implements IconSpec {
    protected AbstractFolderDescriptor(Class<? extends AbstractFolder> clazz) { super(clazz); throw new UnsupportedOperationException(); }
    protected AbstractFolderDescriptor() { super(); throw new UnsupportedOperationException(); }
    public String getDisplayName() { throw new UnsupportedOperationException(); }
    public String getCategoryId() { throw new UnsupportedOperationException(); }
    public List<AbstractFolderPropertyDescriptor> getPropertyDescriptors() { throw new UnsupportedOperationException(); }
    public String getIconFilePathPattern() { throw new UnsupportedOperationException(); }
    public String getIconClassName() { throw new UnsupportedOperationException(); }
    public boolean isIconConfigurable() { throw new UnsupportedOperationException(); }
    public boolean isTabBarConfigurable() { throw new UnsupportedOperationException(); }
    public boolean isLookAndFeelConfigurable(AbstractFolder<?> folder) { throw new UnsupportedOperationException(); }
}
