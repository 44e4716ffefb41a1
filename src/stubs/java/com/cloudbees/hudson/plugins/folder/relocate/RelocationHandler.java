// Compile-only stand-in; signatures from jenkinsci+cloudbees-folder-plugin @ b72f4d5 : src/main/java/com/cloudbees/hudson/plugins/folder/relocate/RelocationHandler.java.
package com.cloudbees.hudson.plugins.folder.relocate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Item;
import hudson.model.ItemGroup;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.kohsuke.stapler.HttpResponse;

public abstract class RelocationHandler implements ExtensionPoint {
    public enum HandlingMode {
        HANDLE,
        DELEGATE,
        SKIP
    }
    public abstract @NonNull HandlingMode applicability(@NonNull Item item);
    public abstract @CheckForNull HttpResponse handle(@NonNull Item item, @NonNull ItemGroup<?> destination, @NonNull AtomicReference<Item> newItem, @NonNull List<? extends RelocationHandler> chain) throws IOException, InterruptedException;
    public abstract @NonNull List<? extends ItemGroup<?>> validDestinations(@NonNull Item item);
}
