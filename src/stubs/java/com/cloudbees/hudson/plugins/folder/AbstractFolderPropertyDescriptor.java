// Compile-only stand-in; signatures from jenkinsci+cloudbees-folder-plugin @ HEAD : src/main/java/com/cloudbees/hudson/plugins/folder/AbstractFolderPropertyDescriptor.java.
package com.cloudbees.hudson.plugins.folder;

import hudson.model.Descriptor;
import java.util.List;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class AbstractFolderPropertyDescriptor extends Descriptor<AbstractFolderProperty<?>> {
    public AbstractFolderProperty<?> newInstance(StaplerRequest2 req, JSONObject formData) throws FormException { throw new UnsupportedOperationException(); }
    public boolean isApplicable(Class<? extends AbstractFolder> containerType) { throw new UnsupportedOperationException(); }
    public static List<AbstractFolderPropertyDescriptor> getApplicableDescriptors(Class<? extends AbstractFolder> containerType) { throw new UnsupportedOperationException(); }
}
