// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/util/ListBoxModel.java.
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ModelObject;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public class ListBoxModel extends ArrayList<ListBoxModel.Option> implements HttpResponse {
    public ListBoxModel(int initialCapacity) { throw new UnsupportedOperationException(); }
    public ListBoxModel() { throw new UnsupportedOperationException(); }
    public ListBoxModel(Collection<Option> c) { throw new UnsupportedOperationException(); }
    public ListBoxModel(Option... data) { throw new UnsupportedOperationException(); }
    public void add(@NonNull String displayName, @NonNull String value) { throw new UnsupportedOperationException(); }
    public void add(ModelObject usedForDisplayName, @NonNull String value) { throw new UnsupportedOperationException(); }
    public ListBoxModel add(@NonNull String nameAndValue) { throw new UnsupportedOperationException(); }
    public void writeTo(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    @Exported @Deprecated public Option[] values() { throw new UnsupportedOperationException(); }
    @ExportedBean(defaultVisibility = 999) public static final class Option {
        @Exported @NonNull public String name;
        @Exported @NonNull public String value;
        @Exported public boolean selected;
        public Option(@NonNull String name, @NonNull String value) { throw new UnsupportedOperationException(); }
        public Option(@NonNull String name) { throw new UnsupportedOperationException(); }
        public Option(@NonNull String name, @NonNull String value, boolean selected) { throw new UnsupportedOperationException(); }
        public String toString() { throw new UnsupportedOperationException(); }
    }
}
