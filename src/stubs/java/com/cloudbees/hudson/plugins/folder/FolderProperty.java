// Compile-only stand-in; signatures from jenkinsci+cloudbees-folder-plugin @ HEAD : src/main/java/com/cloudbees/hudson/plugins/folder/FolderProperty.java.
package com.cloudbees.hudson.plugins.folder;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.TopLevelItem;
import hudson.model.TopLevelItemDescriptor;
import java.util.Collection;

public abstract class FolderProperty<C extends Folder> extends AbstractFolderProperty<C> {
    public boolean allowsParentToCreate(TopLevelItemDescriptor candidate) { throw new UnsupportedOperationException(); }
    public boolean allowsParentToHave(TopLevelItem candidate) { throw new UnsupportedOperationException(); }
    @NonNull @Deprecated public Collection<? extends Action> getFolderActions() { throw new UnsupportedOperationException(); }
}
