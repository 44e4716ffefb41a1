// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/search/Search.java.
package hudson.search;

import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

public class Search implements StaplerProxy {
    public int getMaxSearchSize() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public Object getTarget() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static boolean SKIP_PERMISSION_CHECK;
    @ExportedBean public static class Result {
        @Exported public List<Item> suggestions;
    }
    @ExportedBean(defaultVisibility = 999) public static class Item {
        @Exported public String name;
        public Item(String name) { throw new UnsupportedOperationException(); }
        public Item(String name, String url, String icon, String type, String group) { throw new UnsupportedOperationException(); }
        @Exported public String getUrl() { throw new UnsupportedOperationException(); }
        @Exported public String getIcon() { throw new UnsupportedOperationException(); }
        @Exported public String getType() { throw new UnsupportedOperationException(); }
        @Exported public String getGroup() { throw new UnsupportedOperationException(); }
    }
}
