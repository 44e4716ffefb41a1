// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/item_category/ItemCategory.java.
package jenkins.model.item_category;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionPoint;
import hudson.RestrictedSince;
import hudson.model.TopLevelItemDescriptor;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public abstract class ItemCategory implements ExtensionPoint {
    @Restricted(NoExternalUse.class) @RestrictedSince("2.14") public static final int MIN_TOSHOW = 1;
    public abstract String getId();
    public abstract String getDescription();
    public abstract String getDisplayName();
    public abstract int getMinToShow();
    public int getOrder() { throw new UnsupportedOperationException(); }
    @NonNull public static ItemCategory getCategory(TopLevelItemDescriptor descriptor) { throw new UnsupportedOperationException(); }
    @Extension(ordinal = Integer.MIN_VALUE) public static final class UncategorizedCategory extends ItemCategory {
        public static final String ID = "uncategorized";
        public String getId() { throw new UnsupportedOperationException(); }
        public String getDescription() { throw new UnsupportedOperationException(); }
        public String getDisplayName() { throw new UnsupportedOperationException(); }
        public int getMinToShow() { throw new UnsupportedOperationException(); }
    }
}
