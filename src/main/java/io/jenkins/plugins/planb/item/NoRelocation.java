package io.jenkins.plugins.planb.item;

import com.cloudbees.hudson.plugins.folder.relocate.RelocationHandler;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Failure;
import hudson.model.Item;
import hudson.model.ItemGroup;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.kohsuke.stapler.HttpResponse;

/**
 * Refuses the Folders plugin's "Move" for hosts and host groups: their group and name are where
 * their snapshots are kept, so a move would leave the history behind in a dataset nobody rotates.
 * It runs before the plugin's standard handler (higher ordinal) and answers with the reason
 * instead of handing the move on.
 */
@Extension(ordinal = 1000)
public final class NoRelocation extends RelocationHandler {

    @NonNull
    @Override
    public HandlingMode applicability(@NonNull Item item) {
        return isPlanbItem(item) ? HandlingMode.DELEGATE : HandlingMode.SKIP;
    }

    @Override
    public HttpResponse handle(@NonNull Item item, @NonNull ItemGroup<?> destination,
            @NonNull AtomicReference<Item> newItem, @NonNull List<? extends RelocationHandler> chain) {
        return new Failure(item instanceof HostGroup ? Messages.HostGroup_NoMove() : Messages.BackupHost_NoMove());
    }

    @NonNull
    @Override
    public List<? extends ItemGroup<?>> validDestinations(@NonNull Item item) {
        return List.of();
    }

    static boolean isPlanbItem(Item item) {
        return item instanceof BackupHost || item instanceof HostGroup;
    }
}
