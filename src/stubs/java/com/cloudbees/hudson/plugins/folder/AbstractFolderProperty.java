// Compile-only stand-in; signatures from jenkinsci+cloudbees-folder-plugin @ HEAD : src/main/java/com/cloudbees/hudson/plugins/folder/AbstractFolderProperty.java.
package com.cloudbees.hudson.plugins.folder;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.ReconfigurableDescribable;
import java.util.Collection;
import net.sf.json.JSONObject;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class AbstractFolderProperty<C extends AbstractFolder<?>> extends AbstractDescribableImpl<AbstractFolderProperty<?>> implements ExtensionPoint, ReconfigurableDescribable<AbstractFolderProperty<?>> {
    protected transient C owner;
    protected void setOwner(@NonNull C owner) { throw new UnsupportedOperationException(); }
    @NonNull @Restricted(NoExternalUse.class) public C getOwner() { throw new UnsupportedOperationException(); }
    public AbstractFolderPropertyDescriptor getDescriptor() { throw new UnsupportedOperationException(); }
    public Collection<?> getItemContainerOverrides() { throw new UnsupportedOperationException(); }
    public AbstractFolderProperty<?> reconfigure(StaplerRequest2 req, JSONObject form) throws Descriptor.FormException { throw new UnsupportedOperationException(); }
}
