// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/ModelObjectWithContextMenu.java.
package jenkins.model;

import hudson.model.Action;
import hudson.model.Computer;
import hudson.model.Job;
import hudson.model.ModelObject;
import hudson.model.Node;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

public interface ModelObjectWithContextMenu extends ModelObject {
    @ExportedBean class ContextMenu implements HttpResponse {
        @Exported(inline = true) public final List<MenuItem> items = null;
        public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object o) throws IOException, ServletException { throw new UnsupportedOperationException(); }
        public ContextMenu add(String url, String text) { throw new UnsupportedOperationException(); }
        public ContextMenu addAll(Collection<? extends Action> actions) { throw new UnsupportedOperationException(); }
        public ContextMenu add(Action action) { throw new UnsupportedOperationException(); }
        @Restricted(DoNotUse.class) public ContextMenu addHeader(String title) { throw new UnsupportedOperationException(); }
        public ContextMenu addSeparator() { throw new UnsupportedOperationException(); }
        public ContextMenu add(MenuItem item) { throw new UnsupportedOperationException(); }
        public ContextMenu add(Node n) { throw new UnsupportedOperationException(); }
        @Deprecated(since = "2.480") public ContextMenu add(Computer c) { throw new UnsupportedOperationException(); }
        public ContextMenu add(IComputer c) { throw new UnsupportedOperationException(); }
        public ContextMenu add(Job job) { throw new UnsupportedOperationException(); }
    }
    @ExportedBean class MenuItem {
        @Exported public String url;
        @Exported public String displayName;
        @Exported public String icon;
        @Exported public boolean post;
        @Exported public boolean requiresConfirmation;
        @Exported public MenuItemType type;
        @Exported(inline = true) public ContextMenu subMenu;
        @Exported public String getIconXml() { throw new UnsupportedOperationException(); }
        @Exported public String getDescription() { throw new UnsupportedOperationException(); }
        @Exported @Deprecated public String getMessage() { throw new UnsupportedOperationException(); }
        public MenuItem() { throw new UnsupportedOperationException(); }
        public MenuItem withUrl(String url) { throw new UnsupportedOperationException(); }
        public MenuItem withContextRelativeUrl(String url) { throw new UnsupportedOperationException(); }
        public MenuItem withIcon(String icon) { throw new UnsupportedOperationException(); }
        public MenuItem withIconXml(String icon) { throw new UnsupportedOperationException(); }
        public MenuItem withStockIcon(String icon) { throw new UnsupportedOperationException(); }
        public MenuItem withIconClass(String iconClass) { throw new UnsupportedOperationException(); }
        public MenuItem withDisplayName(String displayName) { throw new UnsupportedOperationException(); }
        public MenuItem withDisplayName(ModelObject o) { throw new UnsupportedOperationException(); }
    }
    enum MenuItemType {
        ITEM, HEADER, SEPARATOR;
    }
    interface ContextMenuVisibility extends Action {
        boolean isVisible();
    }
}
